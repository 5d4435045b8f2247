package be.openboek.render;

import be.openboek.format.Language;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The search index split so that a search reads only what it needs, however many records the site has: a small
 * dictionary, {@code search/terms.json}, names the first term of each shard; shard {@code search/terms-<i>.json}
 * holds, for each of its terms (sorted), the entries found by it: those whose title has it ({@code t}, worth more
 * points) and all of them ({@code a}); entries are numbered in the order of the whole index ({@code index.json}) and
 * written as the differences between successive numbers. The results themselves (title, type, address, short text)
 * are in {@code search/docs-<j>.json}, a fixed number per file (a few kilobytes each: the best results of a query are
 * spread over the index). {@code assets/search.js} reads the dictionary, the
 * shards whose terms can match the query and the results files of the best results: a few hundred kilobytes at most at
 * 100,000 records, where the whole index is tens of megabytes.
 *
 * <p>A shard is cut after the term that brings it past {@code shardBytes}, so a term found in very many entries has a
 * shard of its own. Both sizes are build settings ({@code -Dopenboek.search.shard.bytes},
 * {@code -Dopenboek.search.docs.per.file}) so that a test can split the index of a few dozen records.
 *
 * <p>A query term is matched to the start of the index's terms ({@code boek} finds {@code boekendienst}); where a term
 * begins tens of thousands of others (at 100,000 records, {@code project} begins every project's id), the page reads
 * at most {@code shardsPerTerm} shards for it, from the term itself on: the term typed in full is always found, its
 * longer completions as far as those shards go. A search then reads a few hundred kilobytes at most, whatever the size.
 *
 * @param shardBytes    the size a shard grows to before the next term starts a new one
 * @param docsPerFile   results per results file
 * @param shardsPerTerm the most shards the page reads for one query term (the dictionary tells it)
 */
record SearchShards(int shardBytes, int docsPerFile, int shardsPerTerm) {

    static final String DICTIONARY = "search/terms.json";

    /** The sizes the build uses: 64 KB shards, 10 results a file, 3 shards a term, or what the system properties say. */
    static SearchShards current() {
        return new SearchShards(Math.max(1, Integer.getInteger("openboek.search.shard.bytes", 64 * 1024)),
                Math.max(1, Integer.getInteger("openboek.search.docs.per.file", 10)),
                Math.max(1, Integer.getInteger("openboek.search.shards.per.term", 3)));
    }

    /** What a result shows: the index's entry without what finds it. */
    private static Map<String, Object> doc(SearchIndexWriter.Entry e) {
        Map<String, Object> doc = new TreeMap<>();
        doc.put("title", e.title());
        doc.put("type", e.type());
        doc.put("url", e.url());
        doc.put("text", e.text());
        if (e.titleLang() != null) {
            doc.put("titleLang", e.titleLang());
        }
        if (e.textLang() != null) {
            doc.put("textLang", e.textLang());
        }
        if (e.dutchOnly() != null) {
            doc.put("dutchOnly", e.dutchOnly());
        }
        return doc;
    }

    /** Writes the dictionary, shards and results files of one language's sorted entries into {@code folder}. */
    void write(List<SearchIndexWriter.Entry> entries, Language language, Path folder, ObjectMapper json) throws IOException {
        try (Stream<Path> old = Files.list(folder)) {
            // serve writes over an earlier build: no shard or results file of it may stay behind.
            for (Path stale : old.filter(f -> f.getFileName().toString().matches("(terms|docs)-[0-9]+\\.json")).toList()) {
                Files.delete(stale);
            }
        }
        TreeMap<String, int[][]> postings = postings(entries, language);
        List<String> firsts = new ArrayList<>();
        ByteArrayOutputStream shard = new ByteArrayOutputStream();
        JsonGenerator out = null;
        for (Map.Entry<String, int[][]> term : postings.entrySet()) {
            if (out == null) {
                firsts.add(term.getKey());
                shard.reset();
                out = json.getFactory().createGenerator(shard);
                out.writeStartObject();
            }
            out.writeFieldName(term.getKey());
            out.writeStartObject();
            writeDeltas(out, "t", term.getValue()[0]);
            writeDeltas(out, "a", term.getValue()[1]);
            out.writeEndObject();
            out.flush();
            if (shard.size() >= shardBytes) {
                finish(out, shard, folder.resolve("terms-" + (firsts.size() - 1) + ".json"));
                out = null;
            }
        }
        if (out != null) {
            finish(out, shard, folder.resolve("terms-" + (firsts.size() - 1) + ".json"));
        }
        for (int from = 0, file = 0; from < entries.size(); from += docsPerFile, file++) {
            List<Map<String, Object>> docs = entries.subList(from, Math.min(from + docsPerFile, entries.size())).stream()
                    .map(SearchShards::doc).toList();
            Files.write(folder.resolve("docs-" + file + ".json"), json.writeValueAsBytes(docs));
        }
        Map<String, Object> dictionary = new TreeMap<>();
        dictionary.put("shards", firsts);
        dictionary.put("docsPerFile", docsPerFile);
        dictionary.put("shardsPerTerm", shardsPerTerm);
        dictionary.put("entries", entries.size());
        Files.write(folder.resolve("terms.json"), json.writeValueAsBytes(dictionary));
    }

    private static void finish(JsonGenerator out, ByteArrayOutputStream shard, Path file) throws IOException {
        out.writeEndObject();
        out.close();
        Files.write(file, shard.toByteArray());
    }

    /**
     * Writes ascending entry numbers as the differences between successive ones, or, where that is longer (a term
     * found in most entries), as a bit set in base64 under {@code name + "b"}: bit {@code i} (byte {@code i / 8}, bit
     * {@code i % 8} from the lowest) is entry {@code i}. A word in nine of ten entries of 100,000 then takes 17 KB.
     */
    private static void writeDeltas(JsonGenerator out, String name, int[] numbers) throws IOException {
        if (numbers.length == 0) {
            return;
        }
        int last = numbers[numbers.length - 1];
        long bitsetChars = ((last / 8 + 1) + 2) / 3 * 4L;
        if (bitsetChars < numbers.length * 2L) {
            BitSet bits = new BitSet(last + 1);
            for (int n : numbers) {
                bits.set(n);
            }
            out.writeStringField(name + "b", Base64.getEncoder().encodeToString(bits.toByteArray()));
            return;
        }
        out.writeArrayFieldStart(name);
        int previous = 0;
        for (int n : numbers) {
            out.writeNumber(n - previous);
            previous = n;
        }
        out.writeEndArray();
    }

    /** For each term, the numbers of the entries whose title has it and of all entries it finds, ascending. */
    private static TreeMap<String, int[][]> postings(List<SearchIndexWriter.Entry> entries, Language language) {
        TreeMap<String, Numbers[]> found = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            SearchIndexWriter.Entry entry = entries.get(i);
            for (String term : SearchTerms.titleTerms(entry.title(), language)) {
                found.computeIfAbsent(term, t -> new Numbers[] {new Numbers(), new Numbers()})[0].add(i);
            }
            for (String term : entry.terms().split(" ")) {
                if (!term.isEmpty()) {
                    found.computeIfAbsent(term, t -> new Numbers[] {new Numbers(), new Numbers()})[1].add(i);
                }
            }
        }
        TreeMap<String, int[][]> postings = new TreeMap<>();
        found.forEach((term, numbers) -> postings.put(term, new int[][] {numbers[0].toArray(), numbers[1].toArray()}));
        return postings;
    }

    /** A growing list of ints, without boxing: the postings of 100,000 records are tens of millions of numbers. */
    private static final class Numbers {
        private int[] values = new int[4];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
