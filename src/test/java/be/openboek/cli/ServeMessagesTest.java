package be.openboek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.TestProject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code serve} prints about a failed build shows control characters instead of sending them to the terminal. */
class ServeMessagesTest {

    @Test
    void aFailedBuildIsReportedWithoutAControlCharacter(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project")).write("""
                -- data/projects/streaming.yaml --
                id: streaming
                title: Voorstellingen streamen
                status: "\\e]0;pwned\\a\\e[2J"
                objective: Voorstellingen tonen in woonzorgcentra.
                sources: [vraag-2018]
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (ServeSession preview = ServeSession.start(project.root(), tmp.resolve("site"), 0, new PrintWriter(out, true), new PrintWriter(err, true))) {
            String printed = out + err.toString();
            assertTrue(printed.contains("data/projects/streaming.yaml:3:9: status: expected one of"), printed);
            assertTrue(printed.contains("\\u001B]0;pwned\\u0007\\u001B[2J"), printed);
            assertEquals(-1, printed.indexOf('\u001B'), printed);
            assertEquals(-1, printed.indexOf('\u0007'), printed);
        }
    }
}
