package be.openboek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class SitemapWriterTest {

    private static final String BASE = "https://open.example/";

    @Test
    void staysWellFormedWhateverCharactersAnAddressHolds() throws Exception {
        String xml = new SitemapWriter(BASE).sitemap(List.of("", "projects/a\u0001b/", "x\u001B&<\u0085\uD800/"));
        Document doc = parse(xml);
        var locs = doc.getElementsByTagName("loc");
        assertEquals(6, locs.getLength());
        assertEquals("https://open.example/projects/a%01b/", locs.item(2).getTextContent());
        assertEquals("https://open.example/x%1B&<%C2%85%EF%BF%BD/", locs.item(4).getTextContent());
    }

    /** 60,000 pages in two languages are 120,000 addresses: more than the protocol's 50,000 per file. */
    @Test
    void aSiteOverTheProtocolsLimitGetsASitemapIndex(@TempDir Path output) throws Exception {
        List<String> paths = new ArrayList<>(List.of(""));
        IntStream.range(0, 59_999).forEach(i -> paths.add("projects/p" + i + "/"));
        new SitemapWriter(BASE).write(paths, output);

        Document index = parse(Files.readString(output.resolve("sitemap.xml")));
        assertEquals("sitemapindex", index.getDocumentElement().getTagName());
        NodeList parts = index.getElementsByTagName("loc");
        assertTrue(parts.getLength() >= 3, "parts: " + parts.getLength());
        Set<String> urls = new HashSet<>();
        int total = 0;
        for (int i = 0; i < parts.getLength(); i++) {
            String url = parts.item(i).getTextContent();
            assertTrue(url.startsWith(BASE), url);
            Path part = output.resolve(url.substring(BASE.length()));
            assertTrue(Files.isRegularFile(part), url + " exists");
            assertTrue(Files.size(part) < 50L * 1024 * 1024, url + " is under the protocol's 50 MB");
            Document doc = parse(Files.readString(part));
            assertEquals("urlset", doc.getDocumentElement().getTagName());
            NodeList locs = doc.getElementsByTagName("loc");
            assertTrue(locs.getLength() <= SitemapWriter.URLS_PER_FILE, url + ": " + locs.getLength() + " addresses");
            for (int j = 0; j < locs.getLength(); j++) {
                urls.add(locs.item(j).getTextContent());
            }
            total += locs.getLength();
        }
        assertEquals(120_000, total, "every address once");
        assertEquals(120_000, urls.size());
        assertTrue(urls.contains(BASE + "en/projects/p59998/") && urls.contains(BASE + "projects/p0/") && urls.contains(BASE));

        // A rebuild in place (serve) of a smaller site leaves no part of the larger one behind.
        new SitemapWriter(BASE).write(List.of("", "projects/p0/"), output);
        assertEquals("urlset", parse(Files.readString(output.resolve("sitemap.xml"))).getDocumentElement().getTagName());
        try (Stream<Path> files = Files.list(output)) {
            assertEquals(List.of("robots.txt", "sitemap.xml"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aSmallSiteHasOneSitemapAndNoParts(@TempDir Path output) throws Exception {
        new SitemapWriter(BASE).write(List.of("", "projects/p/"), output);
        assertEquals(4, parse(Files.readString(output.resolve("sitemap.xml"))).getElementsByTagName("url").getLength());
        assertFalse(Files.exists(output.resolve("sitemap-1.xml")));
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
