package be.openboek;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.SharedSites;
import be.openboek.testing.TestProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Builds the data the project ships with (Cultuurconnect) and checks what a reader must find. */
class ShippedSiteTest {

    static Path site;

    @BeforeAll
    static void build() {
        site = SharedSites.shipped();
    }

    static String page(String path) throws IOException {
        return Files.readString(site.resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void showsTheFourFiguresOfTheParliamentaryAnswer() throws IOException {
        for (String figure : List.of("€ 3.916.000", "€ 3.959.000", "€ 3.982.445", "€ 5.414.000")) {
            assertTrue(page("index.html").contains(figure), "home page shows " + figure);
            assertTrue(page("subsidies/index.html").contains(figure), "subsidies page shows " + figure);
        }
    }

    @Test
    void writesAPageForEveryProjectAndService() throws IOException {
        for (String folder : List.of("projects", "services")) {
            try (Stream<Path> records = Files.list(TestProject.REPO.resolve("data").resolve(folder))) {
                List<String> ids = records.map(p -> p.getFileName().toString().replace(".yaml", "")).sorted().toList();
                assertFalse(ids.isEmpty(), folder + " shipped");
                for (String id : ids) {
                    assertTrue(Files.isRegularFile(site.resolve(folder + "/" + id + "/index.html")), folder + "/" + id);
                    assertTrue(page(folder + "/index.html").contains(folder + "/" + id + "/\""), folder + " list links to " + id);
                }
            }
        }
        for (String path : List.of("index.html", "subsidies/index.html", "sources/index.html", "about/index.html",
                "method/index.html", "404.html", "assets/site.css")) {
            assertTrue(Files.isRegularFile(site.resolve(path)), path);
        }
    }

    @Test
    void keepsUnitPricesAsPublished() throws IOException {
        String service = page("services/basisinfrastructuur-digitale-bibliotheek/index.html");
        assertTrue(service.contains("€ 0,27152"), "price of 2021");
        assertTrue(service.contains("€ 0,32670"), "price of 2023 keeps its trailing zero");
        assertTrue(service.contains("€ 0,24"), "price of 2018");
    }

    @Test
    void saysInWordsWhatTheSourcesDoNotGive() throws IOException {
        assertTrue(page("subsidies/index.html").toLowerCase().contains("niet gepubliceerd"), "2020 line without amount");
        assertTrue(page("services/e-boeken/index.html").toLowerCase().contains("niet gepubliceerd"), "e-book price");
        // The shipped lines cover 2016, 2017, 2018 and 2020: the years the sources are silent about are named.
        for (String path : List.of("index.html", "subsidies/index.html")) {
            assertTrue(page(path).contains("Voor 2019 vonden we in de bronnen geen enkel subsidiebedrag."), path + ": 2019");
            assertTrue(page(path).contains("Na 2020 geven de gevonden bronnen geen subsidiebedragen meer."), path + ": after 2020");
        }
        assertTrue(page("en/subsidies/index.html").contains("For 2019 we found no subsidy amount at all in the sources."));
    }

    @Test
    void citesASourceForEveryFigureOnTheSubsidiesPage() throws IOException {
        String subsidies = page("subsidies/index.html");
        assertTrue(subsidies.matches("(?s).*href=\"\\.\\./sources/[a-z0-9-]+/\".*"), "links to the sources' pages");
    }
}
