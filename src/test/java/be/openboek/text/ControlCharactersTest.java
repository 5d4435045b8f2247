package be.openboek.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void forbidsC0C1DelUnpairedSurrogatesAndTheNonCharactersXmlRefuses() {
        for (int cp : new int[] {0x00, 0x01, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9B, 0x9F, 0xD800, 0xDFFF, 0xFFFE, 0xFFFF}) {
            assertTrue(ControlCharacters.isForbidden(cp), Integer.toHexString(cp));
        }
        for (int cp : new int[] {'\t', '\n', '\r', ' ', 'a', 0xA0, 0xE9, 0x2028, 0xFEFF, 0xFFFD, 0x1F600}) {
            assertFalse(ControlCharacters.isForbidden(cp), Integer.toHexString(cp));
        }
        assertFalse(ControlCharacters.any("a 😀 b"), "a surrogate pair is one character");
        assertTrue(ControlCharacters.any("a \uD83D b"));
    }

    @Test
    void findsEachWithItsLineAndColumn() {
        assertEquals(List.of(new ControlCharacters.Found(1, 1, 1, 2), new ControlCharacters.Found(10, 0x85, 3, 3)),
                ControlCharacters.find("a\u0001\r\n😀b\rxy\u0085"));
        assertEquals("U+001B (ESCAPE)", ControlCharacters.name(0x1B));
        assertEquals("U+FFFF", ControlCharacters.name(0xFFFF));
    }

    @Test
    void showsOrReplacesThem() throws IOException {
        assertEquals("a\\u0001b\\u0085\t😀", ControlCharacters.visible("a\u0001b\u0085\t😀"));
        assertEquals("a\uFFFDb\uFFFD\t😀", ControlCharacters.replaced("a\u0001b\u0085\t😀"));
        StringWriter out = new StringWriter();
        XmlSafeWriter xml = new XmlSafeWriter(out);
        xml.write("a\u001B\uD83D");
        xml.write("\uDE00 \uD800");
        xml.finish();
        assertEquals("a\uFFFD😀 \uFFFD", out.toString(), "a pair split over two writes is kept; an unpaired surrogate is replaced");
    }
}
