package be.openboek.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.load.SiteLoader;
import be.openboek.problem.Problem;
import be.openboek.testing.TestProject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every wrong reference among thousands of records is reported, each at its own line and field. */
class SiteValidatorTest {

    @Test
    void everyWrongReferenceOfManyRecordsIsReportedAtItsOwnLine(@TempDir Path tmp) {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        StringBuilder files = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            String id = String.format("p-%04d", i);
            // Every third record names a source that does not exist, on line 5 or, with a partner first, line 8;
            // every fifth names a project call that does not exist inside its call mapping.
            boolean partner = i % 2 == 0;
            String source = i % 3 == 0 ? "vraag-2018, ontbreekt-" + i : "vraag-2018";
            files.append("-- data/projects/").append(id).append(".yaml --\n")
                    .append("id: ").append(id).append("\ntitle: Project ").append(i).append("\nstatus: selected\nobjective: Iets.\n")
                    .append(partner ? "partners:\n  - name: Bibliotheek " + i + "\n    role: submitter\n" : "")
                    .append("sources: [").append(source).append("]\n")
                    .append(i % 5 == 0 ? "call:\n  call: geen-oproep-" + i + "\n  our_reading: Zo gelezen.\n" : "");
            if (i % 3 == 0) {
                expected.add("data/projects/" + id + ".yaml:" + (partner ? 8 : 5) + " sources[1]: no source has the id \"ontbreekt-"
                        + i + "\"");
            }
            if (i % 5 == 0) {
                expected.add("data/projects/" + id + ".yaml:" + (partner ? 10 : 7) + " call.call: no call has the id \"geen-oproep-"
                        + i + "\"");
            }
        }
        project.write(files.toString());
        SiteLoader.Result loaded = new SiteLoader().load(project.root());
        assertTrue(loaded.problems().isEmpty(), () -> loaded.problems().all().get(0).toString());

        List<Problem> found = new SiteValidator(loaded.sourceMap(), loaded.brokenIds(), loaded.unreadable(), LocalDate.of(2026, 12, 1))
                .validate(loaded.site(), loaded.incomplete()).all();

        assertEquals(expected.stream().sorted().toList(), found.stream()
                .map(p -> p.file() + ":" + p.line() + " " + p.field() + ": " + p.message().replaceAll(" \\(looked in .*", ""))
                .sorted().toList());
    }
}
