package be.openboek.render;

import be.openboek.format.Language;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
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

    /** Where the files of one language's index go, by their names in its {@code search/} folder. */
    interface Sink {
        void put(String name, byte[] content) throws IOException;
    }

    /**
     * What an entry gives the index files, worked out once for it: the terms of its title and all its terms, its
     * object in {@code index.json} and its result in a results file, each as the JSON bytes Jackson writes for it.
     */
    record Prepared(String[] titleTerms, String[] terms, byte[] entry, byte[] doc) {

        static Prepared of(SearchIndexWriter.Entry e, Language language, ObjectMapper json) {
            try {
                String[] all = Stream.of(e.terms().split(" ")).filter(t -> !t.isEmpty()).toArray(String[]::new);
                return new Prepared(SearchTerms.titleTerms(e.title(), language).toArray(String[]::new), all,
                        json.writeValueAsBytes(e), json.writeValueAsBytes(result(e)));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }

    /** What a result shows: the index's entry without what finds it. */
    private static Map<String, Object> result(SearchIndexWriter.Entry e) {
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

    /**
     * Writes the whole index, the dictionary, shards and results files of one language's sorted entries
     * ({@code prepared}, in the same order) to {@code sink}.
     */
    void write(List<Prepared> prepared, Sink sink, ObjectMapper json) throws IOException {
        sink.put("index.json", array(prepared, 0, prepared.size(), Prepared::entry));
        List<String> firsts = new ArrayList<>();
        ByteArrayOutputStream shard = new ByteArrayOutputStream();
        JsonGenerator out = null;
        for (Posting term : postings(prepared)) {
            if (out == null) {
                firsts.add(term.term());
                shard.reset();
                out = json.getFactory().createGenerator(shard);
                out.writeStartObject();
            }
            out.writeFieldName(term.term());
            out.writeStartObject();
            writeDeltas(out, "t", term.inTitle());
            writeDeltas(out, "a", term.all());
            out.writeEndObject();
            out.flush();
            if (shard.size() >= shardBytes) {
                finish(out, shard, sink, "terms-" + (firsts.size() - 1) + ".json");
                out = null;
            }
        }
        if (out != null) {
            finish(out, shard, sink, "terms-" + (firsts.size() - 1) + ".json");
        }
        for (int from = 0, file = 0; from < prepared.size(); from += docsPerFile, file++) {
            sink.put("docs-" + file + ".json", array(prepared, from, Math.min(from + docsPerFile, prepared.size()), Prepared::doc));
        }
        Map<String, Object> dictionary = new TreeMap<>();
        dictionary.put("shards", firsts);
        dictionary.put("docsPerFile", docsPerFile);
        dictionary.put("shardsPerTerm", shardsPerTerm);
        dictionary.put("entries", prepared.size());
        sink.put("terms.json", json.writeValueAsBytes(dictionary));
    }

    /** A JSON array of the items {@code from} (inclusive) to {@code to}, each already written as JSON. */
    private static byte[] array(List<Prepared> items, int from, int to, Function<Prepared, byte[]> json) {
        int size = 2 + Math.max(0, to - from - 1);
        for (int i = from; i < to; i++) {
            size += json.apply(items.get(i)).length;
        }
        byte[] array = new byte[size];
        array[0] = '[';
        int at = 1;
        for (int i = from; i < to; i++) {
            if (i > from) {
                array[at++] = ',';
            }
            byte[] item = json.apply(items.get(i));
            System.arraycopy(item, 0, array, at, item.length);
            at += item.length;
        }
        array[at] = ']';
        return array;
    }

    private static void finish(JsonGenerator out, ByteArrayOutputStream shard, Sink sink, String name) throws IOException {
        out.writeEndObject();
        out.close();
        sink.put(name, shard.toByteArray());
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

    /** A term and the numbers of the entries whose title has it and of all entries it finds, ascending. */
    private record Posting(String term, int[] inTitle, int[] all) {
    }

    /** The postings of every term, sorted by term. */
    private static List<Posting> postings(List<Prepared> entries) {
        // A hash map, sorted once at the end: a sorted map compares strings at every one of the millions of additions.
        Map<String, Numbers[]> found = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Prepared entry = entries.get(i);
            for (String term : entry.titleTerms()) {
                found.computeIfAbsent(term, t -> new Numbers[] {new Numbers(), new Numbers()})[0].add(i);
            }
            for (String term : entry.terms()) {
                found.computeIfAbsent(term, t -> new Numbers[] {new Numbers(), new Numbers()})[1].add(i);
            }
        }
        String[] terms = found.keySet().toArray(String[]::new);
        Arrays.sort(terms);
        List<Posting> postings = new ArrayList<>(terms.length);
        for (String term : terms) {
            Numbers[] numbers = found.get(term);
            postings.add(new Posting(term, numbers[0].toArray(), numbers[1].toArray()));
        }
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
