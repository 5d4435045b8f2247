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
import java.util.Collections;
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
    record Prepared(String url, String[] titleTerms, String[] terms, byte[] entry, byte[] doc) {

        static Prepared of(SearchIndexWriter.Entry e, Language language, ObjectMapper json) {
            try {
                String[] all = Stream.of(e.terms().split(" ")).filter(t -> !t.isEmpty()).toArray(String[]::new);
                return new Prepared(e.url(), SearchTerms.titleTerms(e.title(), language).toArray(String[]::new), all,
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
        write(prepared, sink, json, null);
    }

    /**
     * As {@link #write(List, Sink, ObjectMapper)}, working out the postings from those of the last write kept in
     * {@code memo} (serve), which it then holds for the next.
     */
    void write(List<Prepared> prepared, Sink sink, ObjectMapper json, Postings memo) throws IOException {
        sink.put("index.json", array(prepared, 0, prepared.size(), Prepared::entry));
        List<String> firsts = new ArrayList<>();
        ByteArrayOutputStream shard = new ByteArrayOutputStream();
        JsonGenerator out = null;
        Postings postings = memo != null ? memo : new Postings();
        postings.update(prepared);
        for (String term : postings.terms) {
            Numbers[] numbers = postings.byTerm.get(term);
            if (out == null) {
                firsts.add(term);
                shard.reset();
                out = json.getFactory().createGenerator(shard);
                out.writeStartObject();
            }
            out.writeFieldName(term);
            out.writeStartObject();
            writeDeltas(out, "t", numbers[0]);
            writeDeltas(out, "a", numbers[1]);
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
    private static void writeDeltas(JsonGenerator out, String name, Numbers numbers) throws IOException {
        int count = numbers.size;
        if (count == 0) {
            return;
        }
        int last = numbers.values[count - 1];
        long bitsetChars = ((last / 8 + 1) + 2) / 3 * 4L;
        if (bitsetChars < count * 2L) {
            BitSet bits = new BitSet(last + 1);
            for (int i = 0; i < count; i++) {
                bits.set(numbers.values[i]);
            }
            out.writeStringField(name + "b", Base64.getEncoder().encodeToString(bits.toByteArray()));
            return;
        }
        out.writeArrayFieldStart(name);
        int previous = 0;
        for (int i = 0; i < count; i++) {
            out.writeNumber(numbers.values[i] - previous);
            previous = numbers.values[i];
        }
        out.writeEndArray();
    }

    /**
     * For each term, the numbers of the entries whose title has it and of all entries it finds, ascending, sorted by
     * term. Kept by serve between its writes: when the entries are those of the last write at the same addresses
     * (the numbers are the same), only the terms of the entries that changed are taken out and put in again.
     */
    static final class Postings {

        private Map<String, Numbers[]> byTerm = new HashMap<>();
        /** The terms of {@link #byTerm}, sorted. */
        private List<String> terms = new ArrayList<>();
        private List<Prepared> entries = List.of();

        /** Makes the postings those of {@code now}. */
        void update(List<Prepared> now) {
            try {
                if (!sameAddresses(now)) {
                    all(now);
                } else {
                    for (int i = 0; i < now.size(); i++) {
                        Prepared before = entries.get(i);
                        Prepared after = now.get(i);
                        if (before != after) {
                            change(before, i, false);
                            change(after, i, true);
                        }
                    }
                }
                entries = now;
            } catch (RuntimeException | Error e) {
                // Half changed: the next write starts afresh.
                entries = List.of();
                byTerm = new HashMap<>();
                terms = new ArrayList<>();
                throw e;
            }
        }

        private boolean sameAddresses(List<Prepared> now) {
            if (entries.size() != now.size()) {
                return false;
            }
            for (int i = 0; i < now.size(); i++) {
                if (!entries.get(i).url().equals(now.get(i).url())) {
                    return false;
                }
            }
            return true;
        }

        /** Adds entry {@code i} to the postings of its terms, or takes it out of them. */
        private void change(Prepared entry, int i, boolean add) {
            for (int list = 0; list < 2; list++) {
                for (String term : list == 0 ? entry.titleTerms() : entry.terms()) {
                    Numbers[] numbers = byTerm.get(term);
                    if (add) {
                        if (numbers == null) {
                            numbers = new Numbers[] {new Numbers(), new Numbers()};
                            byTerm.put(term, numbers);
                            terms.add(-Collections.binarySearch(terms, term) - 1, term);
                        }
                        numbers[list].insert(i);
                    } else {
                        numbers[list].remove(i);
                        if (numbers[0].size == 0 && numbers[1].size == 0) {
                            byTerm.remove(term);
                            terms.remove(Collections.binarySearch(terms, term));
                        }
                    }
                }
            }
        }

        private void all(List<Prepared> entries) {
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
            String[] sorted = found.keySet().toArray(String[]::new);
            Arrays.sort(sorted);
            byTerm = found;
            terms = new ArrayList<>(Arrays.asList(sorted));
        }
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

        /** Puts {@code value}, not yet held, in its place among the ascending values. */
        void insert(int value) {
            int at = Arrays.binarySearch(values, 0, size, value);
            if (at >= 0) {
                throw new IllegalStateException("entry " + value + " is already there");
            }
            at = -at - 1;
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            System.arraycopy(values, at, values, at + 1, size - at);
            values[at] = value;
            size++;
        }

        /** Takes {@code value}, which is held, out of the ascending values. */
        void remove(int value) {
            int at = Arrays.binarySearch(values, 0, size, value);
            if (at < 0) {
                throw new IllegalStateException("entry " + value + " is not there");
            }
            System.arraycopy(values, at + 1, values, at, size - at - 1);
            size--;
        }
    }
}
