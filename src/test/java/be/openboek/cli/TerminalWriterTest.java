package be.openboek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalWriterTest {

    static String through(String... writes) throws IOException {
        StringWriter out = new StringWriter();
        TerminalWriter terminal = new TerminalWriter(out);
        for (String w : writes) {
            terminal.write(w);
        }
        terminal.flush();
        return out.toString();
    }

    @Test
    void showsWhatATerminalWouldObey() throws IOException {
        assertEquals("\\u001B]0;x\\u0007 \\u001B[2J \\u009B2J \\u0000 \\u007F", through("\u001B]0;x\u0007 \u001B[2J \u009B2J \u0000 \u007F"));
        assertEquals("a\\u000Db", through("a\rb"), "a lone carriage return would let the next text overwrite the line");
        assertEquals("\\u202Eevil", through("\u202Eevil"), "a bidirectional override reorders what the line seems to say");
    }

    @Test
    void passesTabsLineBreaksAndEveryOtherCharacter() throws IOException {
        assertEquals("a\tb\nc\r\nd é € 😀", through("a\tb\nc\r\nd é € 😀"));
        assertEquals("x\r\ny", through("x\r", "\ny"), "CR LF split over two writes");
        assertEquals("😀", through("\uD83D", "\uDE00"), "a surrogate pair split over two writes");
        assertEquals("\\uD83Dx", through("\uD83D", "x"), "an unpaired surrogate is shown");
    }

    @Test
    void aPrintWriterAboveItFlushesEveryLine() {
        StringWriter out = new StringWriter();
        PrintWriter printer = new PrintWriter(new TerminalWriter(out), true);
        printer.println("a\u0007");
        assertEquals("a\\u0007" + System.lineSeparator(), out.toString());
    }
}
