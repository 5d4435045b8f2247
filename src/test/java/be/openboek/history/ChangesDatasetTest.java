package be.openboek.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.openboek.testing.TestProject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code changes} dataset holds the same changes as the change log, read back with independent readers. */
class ChangesDatasetTest {

    @Test
    void listsEveryChangeOfEveryCommitAsARow(@TempDir Path tmp) throws Exception {
        try (GitFixture repo = GitFixture.init(tmp.resolve("project"))) {
            repo.commit("2024-01-10T09:00:00Z", "Eerste versie", "");
            String subsidies = Files.readString(repo.project().path("data/subsidies.yaml"), StandardCharsets.UTF_8);
            repo.commit("2024-02-01T10:00:00Z", "Bedrag 2017 gecorrigeerd\n\nToelichting: =Bedrag 2017 gecorrigeerd",
                    "-- data/subsidies.yaml --\n" + subsidies.replace("amount: 1250000.50", "amount: 1260000")
                            + "-- data/projects/streaming.yaml --\n");
            Path site = tmp.resolve("site");
            TestProject.Run run = repo.project().build(site);
            assertEquals(0, run.exitCode(), run.err());

            List<CSVRecord> rows;
            try (Reader in = Files.newBufferedReader(site.resolve("data/changes.csv"), StandardCharsets.UTF_8)) {
                rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
            }
            List<CSVRecord> second = rows.stream().filter(r -> r.get("time").startsWith("2024-02-01")).toList();
            assertEquals(2, second.size(), rows::toString);
            assertEquals("2024-02-01T10:00:00Z", second.get(0).get("time"), "11:00 in Brussels, in UTC with Z (as every Frictionless reader takes it)");
            assertEquals("'=Bedrag 2017 gecorrigeerd", second.get(0).get("reason"), "formula neutralised");
            assertEquals(List.of("changed subsidy 2017-werking", "removed project streaming"),
                    second.stream().map(r -> r.get("kind") + " " + r.get("record_type") + " " + r.get("record_id")).sorted().toList());
            assertEquals("Subsidie 2017 — bedrag: € 1.250.000,50 → € 1.260.000",
                    second.stream().filter(r -> r.get("kind").equals("changed")).findFirst().orElseThrow().get("text"));

            JsonNode json = new ObjectMapper().readTree(site.resolve("data/changes.json").toFile());
            assertEquals(rows.size(), json.size(), "the JSON holds the same rows");
            assertEquals(rows.get(0).get("commit"), json.get(0).get("commit").asText());
        }
    }
}
