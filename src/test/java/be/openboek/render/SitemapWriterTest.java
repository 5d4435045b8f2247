package be.openboek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SitemapWriterTest {

    @Test
    void staysWellFormedWhateverCharactersAnAddressHolds() throws Exception {
        String xml = new SitemapWriter("https://open.example/").sitemap(List.of("", "projects/a\u0001b/", "x\u001B&<\u0085\uD800/"));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        var locs = doc.getElementsByTagName("loc");
        assertEquals(6, locs.getLength());
        assertEquals("https://open.example/projects/a%01b/", locs.item(2).getTextContent());
        assertEquals("https://open.example/x%1B&<%C2%85%EF%BF%BD/", locs.item(4).getTextContent());
    }
}
