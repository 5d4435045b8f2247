package be.openboek.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.build.Outcome;
import be.openboek.build.Build;
import be.openboek.model.Site;
import be.openboek.testing.SharedSites;
import be.openboek.testing.TestProject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search indexes of the shipped site: every record and page in both languages, each leading to a real page, sorted. */
class SearchIndexTest {

    static Path site;
    static Site model;

    @BeforeAll
    static void build() {
        site = SharedSites.shipped();
        Outcome outcome = new Build(TestProject.REPO, Build.today()).validate();
        assertTrue(outcome.ok(), outcome.problems().toString());
        model = outcome.site();
    }

    private static JsonNode index(String language) throws IOException {
        return new ObjectMapper().readTree(Files.readString(site.resolve(language + "search/index.json")));
    }

    /** Every address the index must hold, relative to the home of a language. */
    private static List<String> expectedUrls() {
        List<String> urls = new ArrayList<>(List.of("subsidies/", "projects/", "services/", "sources/", "calls/", "questions/", "changes/"));
        model.subsidies().forEach(s -> urls.add("subsidies/" + s.id() + "/"));
        model.projects().forEach(p -> urls.add("projects/" + p.id() + "/"));
        model.services().forEach(s -> urls.add("services/" + s.id() + "/"));
        model.sources().forEach(s -> urls.add("sources/" + s.id() + "/"));
        model.calls().forEach(c -> urls.add("calls/" + c.id() + "/"));
        model.questions().forEach(q -> urls.add("questions/" + q.id() + "/"));
        model.pages().forEach(p -> urls.add(p.id() + "/"));
        return urls;
    }

    @Test
    void holdsEveryRecordAndPageInBothLanguages() throws IOException {
        assertTrue(model.projects().size() > 3 && model.subsidies().size() > 3, "the shipped data has records");
        for (String language : List.of("", "en/")) {
            List<String> urls = new ArrayList<>();
            index(language).forEach(e -> urls.add(e.get("url").asText()));
            assertEquals(new TreeSet<>(expectedUrls()), new TreeSet<>(urls), "the entries of /" + language + "search/index.json");
            assertEquals(urls.size(), new TreeSet<>(urls).size(), "one entry per address");
        }
    }

    @Test
    void everyEntryLeadsToAnExistingPageAndAnchor() throws IOException {
        for (String language : List.of("", "en/")) {
            for (JsonNode entry : index(language)) {
                String url = entry.get("url").asText();
                String path = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
                Path page = site.resolve(language + path + "index.html");
                assertTrue(Files.isRegularFile(page), url + " in /" + language);
                if (url.contains("#")) {
                    assertTrue(Files.readString(page).contains("id=\"" + url.substring(url.indexOf('#') + 1) + "\""), url + " has its anchor");
                }
                for (String field : List.of("title", "type", "url", "text", "keywords")) {
                    assertTrue(entry.has(field), url + " has " + field);
                }
            }
        }
    }

    @Test
    void isSortedByAddressAndSpeaksTheLanguageOfItsPages() throws IOException {
        List<String> urls = new ArrayList<>();
        index("").forEach(e -> urls.add(e.get("url").asText()));
        List<String> sorted = new ArrayList<>(urls);
        sorted.sort(null);
        assertEquals(sorted, urls);
        assertTrue(index("en/").findValuesAsText("type").contains("Project call"));
        assertTrue(index("").findValuesAsText("type").contains("Projectoproep"));
    }
}
