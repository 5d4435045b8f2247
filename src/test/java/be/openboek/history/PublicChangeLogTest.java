package be.openboek.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.TestProject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The change log as the public reads it, on the page (Dutch and English), in the feed and in the {@code changes}
 * dataset: headed by the date and what changed, never by a commit's subject; a reason only from the
 * {@code Toelichting:} trailer; every value old → new, a text's removed and added words; nothing for a commit that
 * only lays the data out differently. One repository of four commits, built once:
 * <ol>
 * <li>the first version, with a 2017 amount of € 3.959.000 and a long note on 2016;</li>
 * <li>a code-style commit ("build: generator skeleton ...") that corrects the amount, with a body for the developers
 * and the trailers {@code Toelichting:} and {@code Explanation:};</li>
 * <li>the same records written otherwise: fields in another order, other quotes, {@code 1200000.00}, the note in a
 * block wrapped over lines, a Markdown table spaced differently;</li>
 * <li>a commit whose subject looks like a trailer, changing two words of the long note;</li>
 * <li>a code commit (a file outside data/ and content/, no trailer) that also changes the 2016 amount and gives a
 * question its English answer: a technical change.</li>
 * </ol>
 * The first commit set up the site (templates and assets with the data), so it is a technical change too; the second
 * touched only data, and so did the fourth: publications (the second also by its trailer).
 */
class PublicChangeLogTest {

    private static final String SUBJECT = "build: generator skeleton — load, validate, JBake bake";
    private static final String NOTE = "Inclusief de eerste jaarhelft, toen Oud Huis vzw nog apart subsidie kreeg voor zijn "
            + "werking in de provincie; het bedrag werd in twee schijven uitbetaald, de eerste in maart en de tweede in "
            + "september van dat jaar, volgens het jaarverslag dat de minister aan het parlement bezorgde.";

    @TempDir
    static Path tmp;
    static Path site;
    static RevCommit first;
    static RevCommit amount;
    static RevCommit reformat;
    static RevCommit words;
    static RevCommit code;

    @BeforeAll
    static void buildTheSiteOfFourCommits() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("project"))) {
            String subsidies = Files.readString(repo.project().path("data/subsidies.yaml"), StandardCharsets.UTF_8)
                    .replace("amount: 1250000.50", "amount: 3959000")
                    .replace("notes: Inclusief de eerste jaarhelft.", "notes: " + NOTE);
            first = repo.commit("2024-01-10T09:00:00Z", "Eerste versie", "-- data/subsidies.yaml --\n" + subsidies);
            amount = repo.commit("2024-02-01T10:00:00Z", SUBJECT + "\n\nIntern: zie ticket 12 voor de details.\n\n"
                    + "Toelichting: Volgens het jaarverslag 2018.\nExplanation: According to the 2018 annual report.\n",
                    "-- data/subsidies.yaml --\n" + subsidies.replace("amount: 3959000", "amount: 3960000"));
            String leesspel = Files.readString(repo.project().path("data/projects/leesspel.yaml"), StandardCharsets.UTF_8);
            reformat = repo.commit("2024-02-20T10:00:00Z", "style: subsidies.yaml herschikt", "-- data/subsidies.yaml --\n"
                    + reformatted(NOTE) + "-- data/projects/leesspel.yaml --\n"
                    + leesspel.replace("| jaar | deelnemers |", "|  jaar  |  deelnemers  |").replace("| 2017 | 10 |", "| 2017 |   10 |"));
            String changed = NOTE.replace("in twee schijven", "in drie schijven").replace("september", "oktober");
            words = repo.commit("2024-03-12T10:00:00Z", "Toelichting: in de onderwerpregel", "-- data/subsidies.yaml --\n"
                    + reformatted(changed));
            String questions = Files.readString(repo.project().path("data/questions.yaml"), StandardCharsets.UTF_8);
            code = repo.commit("2024-04-02T10:00:00Z", "refactor: amounts as cents", "-- tools/convert.sh --\necho\n"
                    + "-- data/subsidies.yaml --\n" + reformatted(changed).replace("amount: 1200000.00", "amount: 1210000")
                    + "-- data/questions.yaml --\n" + questions.replace("    answer: Zie de bedragen per jaar.\n",
                            "    answer: Zie de bedragen per jaar.\n    answer_en: See the amounts per year.\n"));
            site = tmp.resolve("site");
            TestProject.Run run = repo.project().build(site);
            assertEquals(0, run.exitCode(), run.err());
        }
    }

    /** The subsidies with the 2017 amount corrected and {@code note} on 2016, written another way than the fixture. */
    private static String reformatted(String note) {
        StringBuilder wrapped = new StringBuilder();
        int column = 0;
        for (String word : note.split(" ")) {
            if (column > 60) {
                wrapped.append("\n    ");
                column = 0;
            } else if (column > 0) {
                wrapped.append(' ');
            }
            wrapped.append(word);
            column += word.length() + 1;
        }
        return """
                subsidies:
                - id: "2016-werking"
                  purpose: 'Werking'
                  year: 2016
                  status: "granted"
                  amount: 1200000.00
                  funder: Vlaamse overheid
                  recipient: "Proefhuis"
                  sources:
                    - vraag-2018
                  notes: |-
                    %s
                - id: 2017-werking
                  amount: 3960000.0
                  year: 2017
                  status: paid
                  purpose: Werking
                  funder: Vlaamse overheid
                  recipient: Proefhuis
                  sources: ["vraag-2018"]
                - {id: 2018-systeem, year: 2018, status: budgeted, purpose: Gedeeld systeem, funder: Vlaamse overheid,
                   recipient: Proefhuis, notes: Bedrag niet gepubliceerd., sources: [vraag-2018]}
                """.formatted(wrapped);
    }

    @Test
    void anEntryIsHeadedByItsDateAndWhatChangedNeverByTheCommitSubject() throws Exception {
        assertEquals("1 februari 2024 — Subsidie 2017: bedrag gewijzigd", heading(page("changes/index.html"), amount));
        assertEquals("1 February 2024 — Subsidy 2017: amount changed", heading(page("en/changes/index.html"), amount));
        assertEquals("12 maart 2024 — Subsidie 2016: toelichting gewijzigd", heading(page("changes/index.html"), words));
        assertEquals(List.of("12 maart 2024 — Subsidie 2016: toelichting gewijzigd", "1 februari 2024 — Subsidie 2017: bedrag gewijzigd"),
                feedTitles().subList(1, 3));
        for (String file : List.of("changes/index.html", "en/changes/index.html", "changes/feed.xml", "data/changes.csv",
                "data/changes.json")) {
            String text = page(file);
            assertFalse(text.contains("generator skeleton") || text.contains("Eerste versie"), file + " shows a commit subject");
        }
        for (String heading : headings(page("changes/index.html"))) {
            assertFalse(List.of(SUBJECT, "Eerste versie", "Toelichting: in de onderwerpregel").stream().anyMatch(heading::contains),
                    heading);
        }
    }

    @Test
    void aTrailerIsThePublicReasonAndTheSubjectAndBodyNeverAre() throws Exception {
        String nl = section(page("changes/index.html"), amount);
        assertTrue(nl.contains("<p class=\"reason\"><strong>Toelichting:</strong> <span>Volgens het jaarverslag 2018.</span></p>"), nl);
        String en = section(page("en/changes/index.html"), amount);
        assertTrue(en.contains("<strong>Explanation:</strong> <span>According to the 2018 annual report.</span>"), en);
        assertTrue(text(feedEntry(amount)).contains("Toelichting: Volgens het jaarverslag 2018."), feedEntry(amount));

        List<CSVRecord> rows = csv();
        assertEquals(List.of("Volgens het jaarverslag 2018."), rows.stream().filter(r -> r.get("commit").equals(amount.getName()))
                .map(r -> r.get("reason")).distinct().toList());
        assertEquals(List.of(""), rows.stream().filter(r -> r.get("commit").equals(words.getName()))
                .map(r -> r.get("reason")).distinct().toList(), "a subject that looks like a trailer is no reason");
        assertFalse(section(page("changes/index.html"), words).contains("class=\"reason\""));
        for (String file : List.of("changes/index.html", "en/changes/index.html", "changes/feed.xml", "data/changes.csv")) {
            assertFalse(page(file).contains("ticket 12") || page(file).contains("in de onderwerpregel"), file);
        }
    }

    @Test
    void anAmountShowsOldAndNewOnThePageInTheFeedAndInTheDatasetRow() throws Exception {
        String item = "Subsidie 2017 — bedrag: € 3.959.000 → € 3.960.000";
        assertTrue(text(section(page("changes/index.html"), amount)).contains(item), section(page("changes/index.html"), amount));
        assertTrue(section(page("changes/index.html"), amount).contains(
                "<span class=\"old\">€\u00A03.959.000</span> → <span class=\"new\">€\u00A03.960.000</span>"),
                "an amount is not broken between € and its figure");
        assertTrue(text(section(page("en/changes/index.html"), amount)).contains("Subsidy 2017 — amount: € 3.959.000 → € 3.960.000"));
        assertTrue(text(feedEntry(amount)).contains(item), feedEntry(amount));

        CSVRecord row = csv().stream().filter(r -> r.get("commit").equals(amount.getName())).findFirst().orElseThrow();
        assertEquals(List.of("subsidy", "2017-werking", "changed", "amount", "€ 3.959.000", "€ 3.960.000", item),
                List.of(row.get("record_type"), row.get("record_id"), row.get("kind"), row.get("field"), row.get("old_value"),
                        row.get("new_value"), row.get("text")));
        List<String> inJson = new ArrayList<>();
        for (JsonNode json : json("data/changes.json")) {
            if (json.get("commit").asText().equals(amount.getName())) {
                inJson.addAll(List.of(json.get("field").asText(), json.get("old_value").asText(), json.get("new_value").asText()));
            }
        }
        assertEquals(List.of("amount", "€ 3.959.000", "€ 3.960.000"), inJson);

        List<String> described = new ArrayList<>();
        for (JsonNode resource : json("datapackage.json").get("resources")) {
            if (resource.get("name").asText().equals("changes")) {
                resource.get("schema").get("fields").forEach(f -> {
                    if (f.get("description").asText().length() > 20) {
                        described.add(f.get("name").asText());
                    }
                });
            }
        }
        assertTrue(described.containsAll(List.of("reason", "commit_type", "field", "old_value", "new_value")), described.toString());
        assertFalse(described.contains("message"), "the subject line is no column");
    }

    @Test
    void aTextShowsTheWordsRemovedAndAddedInShortPassages() throws Exception {
        String section = section(page("changes/index.html"), words);
        assertTrue(section.contains("<del>twee</del>") && section.contains("<ins>drie</ins>"), section);
        assertTrue(section.contains("<del>september</del>") && section.contains("<ins>oktober</ins>"), section);
        assertTrue(text(section).contains("Subsidie 2016 — toelichting: “… het bedrag werd in twee schijven uitbetaald, de eerste"),
                text(section));
        assertFalse(section.contains("Inclusief de eerste jaarhelft"), "a long text is shown around its changes only");
        assertTrue(section(page("en/changes/index.html"), words).contains("<span class=\"old\" lang=\"nl\">"),
                "Dutch record text is marked as such on the English page");
        assertTrue(feedEntry(words).contains("<del>twee</del>") && feedEntry(words).contains("<ins>oktober</ins>"), feedEntry(words));

        CSVRecord row = csv().stream().filter(r -> r.get("commit").equals(words.getName())).findFirst().orElseThrow();
        assertEquals("notes", row.get("field"));
        assertTrue(row.get("old_value").contains("twee") && row.get("old_value").contains("september")
                && !row.get("old_value").contains(" drie "), row.get("old_value"));
        assertTrue(row.get("new_value").contains("drie") && row.get("new_value").contains("oktober")
                && !row.get("new_value").contains(" twee "), row.get("new_value"));
        assertTrue(row.get("new_value").length() < NOTE.length(), "shortened: " + row.get("new_value"));
    }

    @Test
    void aCommitThatOnlyLaysTheDataOutDifferentlyHasNoEntry() throws Exception {
        String page = page("changes/index.html");
        List<String> sections = new ArrayList<>();
        Matcher m = Pattern.compile("<section class=\"commit\" id=\"c-([0-9a-f]+)\"").matcher(page);
        while (m.find()) {
            sections.add(m.group(1));
        }
        assertEquals(List.of(code.getName(), words.getName(), amount.getName(), first.getName()), sections);
        assertEquals(4, feedTitles().size());
        assertFalse(page("changes/feed.xml").contains(reformat.getName()));
        assertTrue(csv().stream().noneMatch(r -> r.get("commit").equals(reformat.getName())));
        assertNotEquals(0, csv().size());
    }

    @Test
    void aCodeCommitThatChangedDataIsATechnicalChangeNotAPublication() throws Exception {
        String heading = "2 april 2024 — Subsidie 2016: bedrag gewijzigd; Vraag 1: antwoord in het Engels gewijzigd (technische wijziging)";
        assertEquals(heading, heading(page("changes/index.html"), code));
        assertEquals("2 April 2024 — Subsidy 2016: amount changed; Question 1: answer in English changed (technical change)",
                heading(page("en/changes/index.html"), code));
        assertEquals(heading, feedTitles().get(0));
        String note = "Technische wijziging: vastgelegd samen met een wijziging aan de code of de opbouw van de site, "
                + "niet als publicatie van de gegevens.";
        assertTrue(text(section(page("changes/index.html"), code)).contains(note));
        assertTrue(text(feedEntry(code)).contains(note), feedEntry(code));
        assertTrue(text(section(page("changes/index.html"), code)).contains("Subsidie 2016 — bedrag: € 1.200.000 → € 1.210.000"),
                "its changes are listed like any other");
        assertTrue(heading(page("changes/index.html"), first).endsWith("(technische wijziging)"), "the commit that set up the site");

        for (RevCommit publication : List.of(amount, words)) {
            assertFalse(heading(page("changes/index.html"), publication).contains("technisch"), publication.getShortMessage());
            assertFalse(section(page("changes/index.html"), publication).contains("Technische wijziging"));
            assertFalse(feedEntry(publication).contains("echnische wijziging"));
        }
        List<CSVRecord> rows = csv();
        for (RevCommit c : List.of(first, amount, words, code)) {
            String expected = c == first || c == code ? "technical" : "publication";
            assertEquals(List.of(expected), rows.stream().filter(r -> r.get("commit").equals(c.getName()))
                    .map(r -> r.get("commit_type")).distinct().toList(), c.getShortMessage());
        }
    }

    @Test
    void recordTextIsMarkedWithItsLanguageWhereItIsNotThePages() throws Exception {
        String nl = section(page("changes/index.html"), code);
        assertTrue(nl.contains("Vraag 1 — antwoord in het Engels: <span class=\"old\">(geen)</span> → "
                + "<span class=\"new\" lang=\"en\">“<ins>See the amounts per year.</ins>”</span>"), nl);
        String en = section(page("en/changes/index.html"), code);
        assertTrue(en.contains("Question 1 — answer in English: <span class=\"old\">(none)</span> → "
                + "<span class=\"new\">“<ins>See the amounts per year.</ins>”</span>"), en);
        assertTrue(feedEntry(code).contains("<span xml:lang=\"en\">“<ins>See the amounts per year.</ins>”</span>"), feedEntry(code));
        assertFalse(section(page("changes/index.html"), words).contains("lang="), "Dutch text on the Dutch page needs no mark");
    }

    private static String page(String file) throws Exception {
        return Files.readString(site.resolve(file), StandardCharsets.UTF_8);
    }

    /** The section of one commit on a changes page. */
    private static String section(String page, RevCommit commit) {
        int start = page.indexOf("<section class=\"commit\" id=\"c-" + commit.getName() + "\"");
        assertTrue(start >= 0, "no entry for " + commit.getShortMessage());
        return page.substring(start, page.indexOf("</section>", start));
    }

    private static String heading(String page, RevCommit commit) {
        String section = section(page, commit);
        return text(section.substring(section.indexOf("<h2>"), section.indexOf("</h2>")));
    }

    private static List<String> headings(String page) {
        List<String> headings = new ArrayList<>();
        Matcher m = Pattern.compile("<h2>(.*?)</h2>").matcher(page);
        while (m.find()) {
            headings.add(text(m.group(1)));
        }
        return headings;
    }

    /** Markup as text: without tags, the few entities the templates write decoded, a no-break space as a space. */
    private static String text(String html) {
        return html.replaceAll("<[^>]+>", "").replace('\u00A0', ' ').replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }

    private static List<String> feedTitles() throws Exception {
        Document feed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(site.resolve("changes/feed.xml").toFile());
        NodeList entries = feed.getElementsByTagName("entry");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            titles.add(((Element) entries.item(i)).getElementsByTagName("title").item(0).getTextContent());
        }
        return titles;
    }

    /** The markup of one commit's entry in the feed. */
    private static String feedEntry(RevCommit commit) throws Exception {
        String feed = page("changes/feed.xml");
        int start = feed.indexOf("<id>https://open.proefhuis.example/changes/#c-" + commit.getName() + "</id>");
        assertTrue(start >= 0, "no feed entry for " + commit.getShortMessage());
        return feed.substring(start, feed.indexOf("</entry>", start));
    }

    private static List<CSVRecord> csv() throws Exception {
        try (Reader in = Files.newBufferedReader(site.resolve("data/changes.csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static JsonNode json(String file) throws Exception {
        return new ObjectMapper().readTree(site.resolve(file).toFile());
    }
}
