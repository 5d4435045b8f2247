package be.openboek.render;

import be.openboek.format.Messages;
import be.openboek.format.Language;
import be.openboek.format.RecordText;
import be.openboek.model.Call;
import be.openboek.model.ContentPage;
import be.openboek.model.FieldRecord;
import be.openboek.format.Labels;
import be.openboek.model.PageAddress;
import be.openboek.model.Partner;
import be.openboek.model.Project;
import be.openboek.model.Question;
import be.openboek.model.Service;
import be.openboek.model.Site;
import be.openboek.model.Source;
import be.openboek.model.Subsidy;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the search index of each language, {@code search/index.json} beside the search page ({@code en/search/}
 * for English): every list page, content page and record as {@code title}, {@code type} (in the page's language),
 * {@code url} (relative to the home of that language), a short {@code text} and {@code keywords}. Sorted by url and
 * title, so two builds give the same bytes; Jackson escapes the JSON, and {@code assets/search.js} shows the
 * results as text (never as markup). Record text is in the index's language as the pages show it ({@link RecordText}):
 * where the English index holds Dutch, {@code titleLang} or {@code textLang} says so, and {@code dutchOnly} that the
 * result gets the "Dutch only" note. Each entry also has {@code terms}: what finds it, the words and numbers of its
 * whole record or page cut by {@link SearchTerms} (amounts in one spelling, light stems), so that the page matches a
 * query to them without the full texts: for 10,000 synthetic records the index is about 0.9 MB gzip-compressed.
 * That whole index stays for whoever wants it; the search page reads the same entries split by {@link SearchShards},
 * only the parts a query needs.
 */
final class SearchIndexWriter {

    /** Where the index is, relative to the folder of a language. */
    static final String PATH = "search/index.json";
    private static final int TEXT_LENGTH = 160;
    /** The order of an index: by address, then title, so that two builds give the same bytes. */
    private static final Comparator<Entry> ENTRY_ORDER = Comparator.comparing(Entry::url).thenComparing(Entry::title);

    /**
     * One search result.
     *
     * @param title     what the result link says
     * @param type      what kind of thing it is, in the page's language
     * @param url       relative to the home of the language
     * @param text      a short text under the link
     * @param keywords  further words that find it (status, themes, partners, year)
     * @param titleLang {@code nl} when the title is Dutch in an index of another language, else null (left out)
     * @param textLang  the same for the text
     * @param dutchOnly true when a text is Dutch for want of an English version, else null (left out)
     * @param terms     what finds the entry ({@link SearchTerms}), space-separated, sorted; null until {@link #withTerms}
     */
    @JsonPropertyOrder({"title", "type", "url", "text", "keywords", "titleLang", "textLang", "dutchOnly", "terms"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(String title, String type, String url, String text, List<String> keywords, String titleLang, String textLang,
            Boolean dutchOnly, String terms) {

        Entry(String title, String type, String url, String text, List<String> keywords) {
            this(title, type, url, text, keywords, null, null, null, null);
        }

        /**
         * This entry found by the terms ({@link SearchTerms}) of its title, type, text, keywords and of {@code more}
         * (a whole page): space-separated, sorted, each once.
         */
        Entry withTerms(Language language, String... more) {
            return withTerms(language, null, more);
        }

        /** This entry found by the terms of every field of {@code record} too (its id, its whole text, its amounts). */
        Entry withTerms(Language language, FieldRecord record) {
            return withTerms(language, record, new String[0]);
        }

        private Entry withTerms(Language language, FieldRecord record, String... more) {
            Set<String> found = new TreeSet<>();
            Stream.concat(Stream.of(title, type, text), Stream.concat(keywords.stream(), Stream.of(more)))
                    .forEach(words -> SearchTerms.add(words, language, found));
            if (record != null) {
                SearchTerms.addFields(record.fields(), language, found);
            }
            return new Entry(title, type, url, text, keywords, titleLang, textLang, dutchOnly, String.join(" ", found));
        }

        /** A record's entry: its title and text as a page in the index's language shows them. */
        static Entry of(RecordText title, String type, String url, RecordText text, List<String> keywords) {
            String shortText = text == null ? "" : shorten(text.text());
            boolean textDutch = text != null && text.dutch() && !shortText.isEmpty();
            boolean dutchOnly = title.dutchOnly() || textDutch && text.dutchOnly();
            // A title kept as published is found by its translation too.
            List<String> words = title.translation() == null ? keywords
                    : Stream.concat(keywords.stream(), Stream.of(title.translation())).toList();
            return new Entry(title.text(), type, url, shortText, words, title.dutch() ? "nl" : null, textDutch ? "nl" : null,
                    dutchOnly ? Boolean.TRUE : null, null);
        }
    }

    private final ObjectMapper json = new ObjectMapper();

    /**
     * For a writer kept between serve's rebuilds ({@link #remembering()}): the entries of the last {@link #write} by
     * language and record, and those of this one (filled by both languages' threads at once). An entry depends on its record (or content page) and the language
     * alone, so an unchanged record's entry, with the stemming of all its words, is taken over as it is. Null in a
     * build, which writes once.
     */
    private Map<List<Object>, Entry> previous = Map.of();
    private Map<List<Object>, Entry> made;
    /**
     * The same for what each entry gives the files, by language and entry (the very entry taken over: each map is
     * filled by its language's thread alone).
     */
    private Map<Language, Map<Entry, SearchShards.Prepared>> previousPrepared;
    private Map<Language, Map<Entry, SearchShards.Prepared>> madePrepared;
    /** The postings of each language's last write, worked out again only for the entries that changed. */
    private final Map<Language, SearchShards.Postings> postings = new EnumMap<>(Language.class);

    /** A writer that makes again, at each {@link #write}, only the entries of records that changed since the last. */
    static SearchIndexWriter remembering() {
        SearchIndexWriter writer = new SearchIndexWriter();
        writer.made = new ConcurrentHashMap<>();
        writer.previousPrepared = new EnumMap<>(Language.class);
        writer.madePrepared = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            writer.previousPrepared.put(language, new IdentityHashMap<>());
            writer.madePrepared.put(language, new IdentityHashMap<>());
            writer.postings.put(language, new SearchShards.Postings());
        }
        return writer;
    }

    /** Writes the index files of every language into the site folder {@code output}. */
    void write(Site site, Path output) throws IOException {
        write(site, language -> {
            Path folder = Files.createDirectories(output.resolve(language.prefix() + PATH).getParent());
            try (Stream<Path> old = Files.list(folder)) {
                // Written over an earlier build: no shard or results file of it may stay behind.
                for (Path stale : old.filter(f -> f.getFileName().toString().matches("(terms|docs)-[0-9]+\\.json")).toList()) {
                    Files.delete(stale);
                }
            }
            return (name, content) -> Files.write(folder.resolve(name), content);
        });
    }

    /**
     * For serve: writes into {@code staging} the index files whose content differs from the published file's
     * ({@code published} gives the checksum of a published file by its path, null for none).
     *
     * @return every index file of the site, written or as published, relative to the site root
     */
    Set<String> write(Site site, Path staging, Function<String, String> published) throws IOException {
        Set<String> files = ConcurrentHashMap.newKeySet();
        write(site, language -> {
            String folder = language.prefix() + PATH.substring(0, PATH.lastIndexOf('/') + 1);
            return (name, content) -> {
                String path = folder + name;
                files.add(path);
                if (!PageChecksums.sha256(content).equals(published.apply(path))) {
                    Path file = staging.resolve(path);
                    Files.createDirectories(file.getParent());
                    Files.write(file, content);
                }
            };
        });
        return files;
    }

    /** Where the files of a language's index go. */
    private interface Sinks {
        SearchShards.Sink of(Language language) throws IOException;
    }

    private void write(Site site, Sinks sinks) throws IOException {
        Map<Language, List<Entry>> entries = entries(site);
        // The languages' files share nothing: each on a core of its own.
        try {
            Stream.of(Language.values()).parallel().forEach(language -> {
                try {
                    List<SearchShards.Prepared> prepared = entries.get(language).stream().map(e -> prepared(language, e)).toList();
                    SearchShards.current().write(prepared, sinks.of(language), json, made == null ? null : postings.get(language));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (made != null) {
            previous = made;
            made = new ConcurrentHashMap<>();
            previousPrepared = madePrepared;
            madePrepared = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                madePrepared.put(language, new IdentityHashMap<>());
            }
        }
    }

    /** What {@code entry} gives the files: taken from the last write when the entry is the same one. */
    private SearchShards.Prepared prepared(Language language, Entry entry) {
        if (made == null) {
            return SearchShards.Prepared.of(entry, language, json);
        }
        SearchShards.Prepared prepared = previousPrepared.get(language).get(entry);
        if (prepared == null) {
            prepared = SearchShards.Prepared.of(entry, language, json);
        }
        madePrepared.get(language).put(entry, prepared);
        return prepared;
    }

    /** The entry of {@code record} in {@code language}: the one the last write made when the record is unchanged. */
    private Entry entry(Language language, Object record, Supplier<Entry> make) {
        if (made == null) {
            return make.get();
        }
        List<Object> key = List.of(language, record);
        Entry entry = previous.get(key);
        if (entry == null) {
            entry = make.get();
        }
        made.put(key, entry);
        return entry;
    }

    /** The entries of one language, sorted. */
    List<Entry> entries(Site site, Language language) {
        List<Entry> entries = new ArrayList<>(makers(site).stream().map(maker -> maker.apply(language)).toList());
        entries.sort(ENTRY_ORDER);
        return entries;
    }

    /**
     * The entries of every language, each sorted. A record's entries are made one after the other on one thread, in
     * every language, so that the texts the languages share (all of a record without English versions) are cut into
     * words once ({@link SearchTerms#tokens}); the records spread over all cores.
     */
    Map<Language, List<Entry>> entries(Site site) {
        Language[] languages = Language.values();
        List<Entry[]> made = makers(site).parallelStream().map(maker -> {
            Entry[] each = new Entry[languages.length];
            for (Language language : languages) {
                each[language.ordinal()] = maker.apply(language);
            }
            return each;
        }).toList();
        Map<Language, List<Entry>> entries = new EnumMap<>(Language.class);
        for (Language language : languages) {
            List<Entry> one = new ArrayList<>(made.size());
            made.forEach(each -> one.add(each[language.ordinal()]));
            one.sort(ENTRY_ORDER);
            entries.put(language, one);
        }
        return entries;
    }

    /** For every page and record of the site, what makes its entry in a language. */
    private List<Function<Language, Entry>> makers(Site site) {
        Map<Language, Messages> messages = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            messages.put(language, Messages.of(language));
        }
        List<Function<Language, Entry>> makers = new ArrayList<>();
        for (String section : List.of("subsidies", "projects", "services", "sources")) {
            makers.add(language -> new Entry(String.valueOf(messages.get(language).text("nav." + section)), type(messages, language, "page"),
                    section + "/", "", List.of()).withTerms(language));
        }
        for (String list : List.of("calls", "questions")) {
            makers.add(language -> new Entry(String.valueOf(messages.get(language).text(list + ".title")), type(messages, language, "page"),
                    list + "/", "", List.of()).withTerms(language));
        }
        makers.add(language -> new Entry(String.valueOf(messages.get(language).text("footer.changes")), type(messages, language, "page"),
                "changes/", "", List.of()).withTerms(language));
        for (ContentPage dutch : site.pages()) {
            makers.add(language -> {
                ContentPage p = language == Language.NL ? dutch : dutch.forEnglish();
                return entry(language, dutch, () -> new Entry(p.title(), type(messages, language, "page"), dutch.id() + "/", shorten(p.markdown()),
                        List.of()).withTerms(language, plain(p.markdown())));
            });
        }
        for (Subsidy s : site.subsidies()) {
            makers.add(language -> entry(language, s, () -> {
                String lang = language.code();
                RecordText purpose = RecordText.of(s, "purpose", language);
                RecordText title = new RecordText(purpose.text() + " " + s.year(), purpose.dutch(), purpose.dutchOnly(), null);
                return Entry.of(title, type(messages, language, "subsidy"), PageAddress.of(s), RecordText.of(s, "notes", language),
                        words(String.valueOf(s.year()), Labels.of(s.status(), lang), RecordText.of(s, "funder", language).text(),
                                RecordText.of(s, "recipient", language).text())).withTerms(language, s);
            }));
        }
        for (Project p : site.projects()) {
            makers.add(language -> entry(language, p, () -> {
                List<String> keywords = new ArrayList<>(words(Labels.of(p.status(), language.code())));
                keywords.addAll(RecordText.items(p, "themes", language).items());
                p.partners().stream().map(Partner::name).forEach(keywords::add);
                return Entry.of(RecordText.of(p, "title", language), type(messages, language, "project"), PageAddress.of(p),
                        RecordText.of(p, "objective", language), keywords).withTerms(language, p);
            }));
        }
        for (Service s : site.services()) {
            makers.add(language -> entry(language, s, () -> Entry.of(RecordText.of(s, "name", language), type(messages, language, "service"),
                    PageAddress.of(s), RecordText.of(s, "description", language),
                    words(Labels.of(s.priceModel(), language.code()), RecordText.of(s, "subscribers", language).text()))
                    .withTerms(language, s)));
        }
        for (Source s : site.sources()) {
            makers.add(language -> entry(language, s, () -> Entry.of(RecordText.of(s, "title", language), type(messages, language, "source"),
                    PageAddress.of(s), RecordText.of(s, "notes", language), words(s.publisher(), Labels.of(s.kind(), language.code())))
                    .withTerms(language, s)));
        }
        for (Call c : site.calls()) {
            makers.add(language -> entry(language, c, () -> Entry.of(RecordText.of(c, "title", language), type(messages, language, "call"),
                    PageAddress.of(c), RecordText.of(c, "description", language), List.of()).withTerms(language, c)));
        }
        for (Question q : site.questions()) {
            makers.add(language -> entry(language, q, () -> Entry.of(RecordText.of(q, "question", language), type(messages, language, "question"),
                    PageAddress.of(q), RecordText.of(q, "answer", language), List.of()).withTerms(language, q)));
        }
        return makers;
    }

    /** What kind of result it is, from {@code search.type.<key>}. */
    private static String type(Map<Language, Messages> messages, Language language, String key) {
        return String.valueOf(messages.get(language).text("search.type." + key));
    }

    /** The non-empty words, in order. */
    private static List<String> words(String... words) {
        return Stream.of(words).filter(Objects::nonNull).filter(w -> !w.isBlank()).toList();
    }

    private static final Pattern MARKS_AT_LINE_START = Pattern.compile("(?m)^\\s{0,3}(#{1,6}|>)\\s*");
    /**
     * A link {@code [text](target)}, the target with at most one level of parentheses inside. No part can run past
     * a bracket or parenthesis and none gives characters back ({@code *+}, {@code ++}), so each attempt ends at the
     * next one: linear in the text, however many unmatched {@code [} or {@code (} it holds (any text field, not only
     * Markdown, comes here).
     */
    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]*+)\\]\\((?:[^()]++|\\([^()]*+\\))*+\\)");

    /** A text without Markdown marks. */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        // Headings and quote marks at line starts, link targets and emphasis marks; angle brackets stay (it is text).
        // Each pattern runs only on a text that has the character it needs: most texts have no heading or link.
        String plain = text.indexOf('#') >= 0 || text.indexOf('>') >= 0 ? MARKS_AT_LINE_START.matcher(text).replaceAll("") : text;
        if (plain.contains("](")) {
            plain = LINK.matcher(plain).replaceAll("$1");
        }
        return spacesOnce(plain).strip();
    }

    /**
     * The text without {@code *}, {@code _} and backquotes, each run of spaces, tabs and line ends ({@code \\s}) as
     * one space.
     */
    private static String spacesOnce(String text) {
        // Into an array rather than a StringBuilder, which checks its capacity and coding at every character.
        char[] once = new char[text.length()];
        int length = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '_' || c == '`') {
                continue;
            }
            boolean isSpace = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!isSpace) {
                once[length++] = c;
            } else if (!space) {
                once[length++] = ' ';
            }
            space = isSpace;
        }
        return new String(once, 0, length);
    }

    /** The start of a text, without Markdown marks, cut at a word. */
    static String shorten(String text) {
        String plain = plain(text);
        if (plain.length() <= TEXT_LENGTH) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', TEXT_LENGTH);
        return plain.substring(0, cut > 0 ? cut : TEXT_LENGTH) + " …";
    }
}
