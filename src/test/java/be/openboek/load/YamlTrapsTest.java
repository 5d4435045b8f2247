package be.openboek.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.model.Project;
import be.openboek.testing.TestProject;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML 1.1 reads some words and numbers as something else; text fields keep what staff wrote. */
class YamlTrapsTest {

    @Test
    void textFieldsKeepWhatWasWritten(@TempDir Path tmp) {
        TestProject project = TestProject.fixture(tmp).write("""
                -- data/projects/streaming.yaml --
                id: streaming
                title: NO
                status: experiment
                objective: 012
                results: 2018-05-01
                themes: [yes, off, 1e3]
                sources: [vraag-2018]
                """);
        SiteLoader.Result result = new SiteLoader().load(project.root());
        assertTrue(result.problems().isEmpty(), () -> result.problems().all().toString());
        Project p = result.site().project("streaming").orElseThrow();
        assertEquals("NO", p.title());
        assertEquals("012", p.objective());
        assertEquals("2018-05-01", p.results());
        assertEquals(java.util.List.of("yes", "off", "1e3"), p.themes());
    }

    @Test
    void amountsKeepTheirCentsExactly(@TempDir Path tmp) {
        TestProject project = TestProject.fixture(tmp);
        SiteLoader.Result result = new SiteLoader().load(project.root());
        assertEquals(new BigDecimal("1250000.50"), result.site().subsidies().get(1).amount());
        assertEquals(new BigDecimal("0.27152"), result.site().service("leesspel-dienst").orElseThrow().prices().get(1).amount());
    }

    @Test
    void rejectsAnOctalLookingAmountAndAnExponent(@TempDir Path tmp) {
        TestProject project = TestProject.fixture(tmp).write("""
                -- data/projects/streaming.yaml --
                id: streaming
                title: Streamen
                status: experiment
                objective: Tonen.
                budget: 012
                sources: [vraag-2018]
                -- data/projects/leesspel.yaml --
                id: leesspel
                title: Leesspel
                status: experiment
                objective: Lezen.
                budget: 1e6
                sources: [vraag-2018]
                """);
        var problems = new SiteLoader().load(project.root()).problems().all();
        assertEquals(2, problems.size(), problems::toString);
        assertEquals("write the amount in full, e.g. 1000000", problems.get(0).hint());
        assertEquals("leave out the leading zero", problems.get(1).hint());
    }
}
