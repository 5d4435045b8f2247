package be.openboek.render;

import be.openboek.format.Language;
import be.openboek.model.FieldRecord;
import be.openboek.model.Fields;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a search result is found by, as {@code assets/search.js} compares them: the search page cuts the query
 * into terms by the same rules, so the two must change together (BrowserSearchTest types the cases that hold them
 * together). A term is:
 * <ul>
 *   <li>a <b>number</b> in one spelling whatever way it was written: {@code 3.916.000}, {@code 3 916 000},
 *   {@code 3,916,000} and {@code 3916000} all give {@code 3916000}; {@code 0,27152} and {@code 0.27152} give
 *   {@code 0.27152} (trailing zeros of a fraction dropped). One separator before exactly three digits ({@code 3.916})
 *   could be either, so it gives both {@code 3916} and {@code 3.916};</li>
 *   <li>a <b>word</b>, lower case, accents folded, cut to a light stem: Dutch plural and inflection endings
 *   ({@code -en}, {@code -s} after e, l, m, n or r, {@code -e}), English plurals ({@code -s}, {@code -es}, {@code -ies}), and doubled
 *   vowels written once ({@code bibliotheek} and {@code bibliotheken} both give {@code bibliothek}). The page then
 *   matches a query term to the start of a word ({@code boek} finds {@code boekendienst}). A word with hyphens or
 *   apostrophes gives itself joined and each part ({@code e-boeken}: {@code eboek}, {@code boek}); one-letter words
 *   are left out.</li>
 * </ul>
 * The stem rules are the index's language; both indexes use the same number rules.
 */
final class SearchTerms {

    /**
     * A number standing alone (not part of an id such as {@code 2016-werking}): digits in groups of three after
     * spaces, or digits with dots and commas between them. Groups repeat at most 20 times: Java matches a repeated
     * group by recursion, so a text of 100,000 {@code 1.} would overflow the stack; a longer run is cut into numbers.
     */
    static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,-])"
            + "(?:\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3}(?!\\d)){1,20}(?:,\\d+)?|\\d+(?:[.,]\\d+){0,20})(?![\\p{L}\\d]|-[\\p{L}\\d])");
    /**
     * A word: letters and digits, at most 20 hyphens or apostrophes inside (see {@link #NUMBER} why at most). The
     * definition; {@link #eachWord} finds the same words without it.
     */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+(?:['\\u2019-][\\p{L}\\d]+){0,20}");
    private static final Pattern PARTS = Pattern.compile("['\\u2019-]");
    private static final Pattern SPACES = Pattern.compile("[ \\u00a0\\u202f]");
    /** Fields whose values are addresses or other records' ids, which would find a record by what it cites. */
    private static final Set<String> NOT_SEARCHED = Set.of("sources", "url", "source_url");

    private SearchTerms() {
    }

    /** Lower case without accents: the same folding as the search page's. */
    static String fold(String text) {
        if (isAscii(text)) {
            // Nothing to decompose: most texts, and the normaliser's pass would copy them for nothing.
            return text.toLowerCase(Locale.ROOT);
        }
        // What the pattern \p{M}+ removed: the marks (Mn, Mc, Me) the decomposition split off their letters.
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder bare = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.COMBINING_SPACING_MARK) {
                bare.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return bare.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Adds the terms of {@code text} to {@code terms}. */
    static void add(String text, Language language, Set<String> terms) {
        if (text == null || text.isBlank()) {
            return;
        }
        addTokens(tokens(text), language, terms);
    }

    /** Adds the numbers of {@code tokens} and its words stemmed by the rules of {@code language}. */
    private static void addTokens(Tokens tokens, Language language, Set<String> terms) {
        terms.addAll(tokens.numbers());
        for (String whole : tokens.words()) {
            addWholeWord(whole, language, terms);
        }
    }

    /**
     * What a text gives whatever the language: the spellings of its numbers, and its words (lower case, without accents),
     * each still to be stemmed by the rules of a language.
     */
    record Tokens(List<String> numbers, List<String> words) {
    }

    /**
     * The tokens of the last texts cut on this thread. The index of each language cuts the same texts (a record
     * without an English version gives both the Dutch), and {@link SearchIndexWriter} makes both languages' entries of
     * a record one after the other on one thread: the second finds the first's tokens here. Small, so that it holds a
     * record's texts and no more.
     */
    private static final ThreadLocal<Map<String, Tokens>> LAST_CUT = ThreadLocal.withInitial(SearchTerms::lastFew);
    /** The same for the Markdown of record fields, by the Markdown: its marks taken off ({@code plain}) once too. */
    private static final ThreadLocal<Map<String, Tokens>> LAST_MARKDOWN = ThreadLocal.withInitial(SearchTerms::lastFew);

    private static Map<String, Tokens> lastFew() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Tokens> eldest) {
                return size() > 48;
            }
        };
    }

    /** The tokens of {@code text} (see {@link Tokens}), cut once per thread while it is among the last texts cut. */
    static Tokens tokens(String text) {
        Map<String, Tokens> last = LAST_CUT.get();
        Tokens tokens = last.get(text);
        if (tokens == null) {
            tokens = cut(text);
            last.put(text, tokens);
        }
        return tokens;
    }

    /** The tokens of a field's text without its Markdown marks and link targets ({@link SearchIndexWriter#plain}). */
    private static Tokens markdownTokens(String markdown) {
        Map<String, Tokens> last = LAST_MARKDOWN.get();
        Tokens tokens = last.get(markdown);
        if (tokens == null) {
            tokens = cut(SearchIndexWriter.plain(markdown));
            last.put(markdown, tokens);
        }
        return tokens;
    }

    private static Tokens cut(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        if (!hasDigit(folded)) {
            // Every number starts with a digit: without one, the whole text is words.
            eachWord(folded, words::add);
            return new Tokens(List.of(), words);
        }
        List<String> numbers = new ArrayList<>();
        StringBuilder rest = new StringBuilder(folded.length());
        int copied = eachNumber(folded, (start, end) -> {
            String found = folded.substring(start, end);
            numbers.addAll(numbers(found));
            if (SPACES.matcher(found).find()) {
                // "in 2019 165 bibliotheken" is read as 2019165 too; its groups stay terms of their own.
                for (String group : SPACES.split(found)) {
                    numbers.addAll(numbers(group));
                }
            }
        }, (from, start) -> rest.append(folded, from, start).append(' '));
        rest.append(folded, copied, folded.length());
        eachWord(rest, words::add);
        return new Tokens(numbers, words);
    }

    /** Where a number was found: from {@code start} to {@code end} (exclusive). */
    @FunctionalInterface
    interface Span {
        void at(int start, int end);
    }

    /**
     * Gives every number of {@code text} as {@link #NUMBER}'s {@code find} gives them, in order, and to {@code between}
     * the text before each one (from the end of the previous number to its start); returns the end of the last number
     * (0 when there is none). The pattern is tried only where a number can start, at a digit that follows no digit:
     * every number begins with one, and the pattern's look-behind refuses a digit before it. Trying it at every
     * character instead was more than half of the search index's time (SearchTermsTest compares the two on random
     * texts).
     */
    static int eachNumber(String text, Span found, Span between) {
        Matcher number = NUMBER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int copied = 0;
        int at = numberStart(text, 0);
        while (at >= 0) {
            number.region(at, text.length());
            if (number.lookingAt()) {
                between.at(copied, at);
                found.at(at, number.end());
                copied = number.end();
                at = numberStart(text, copied);
            } else {
                at = numberStart(text, at + 1);
            }
        }
        return copied;
    }

    /** The first index from {@code from} on of a digit that follows no digit, or -1. */
    private static int numberStart(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && (i == 0 || text.charAt(i - 1) < '0' || text.charAt(i - 1) > '9')) {
                return i;
            }
        }
        return -1;
    }

    /** Adds a word joined at its hyphens and apostrophes and, if it has any, each of its parts. */
    private static void addWholeWord(String whole, Language language, Set<String> terms) {
        String joined = withoutParts(whole);
        addWord(joined, language, terms);
        if (joined != whole) {
            for (String part : PARTS.split(whole)) {
                addWord(part, language, terms);
            }
        }
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * Gives every word of {@code text} in order, as {@link #WORD} finds them: a run of letters and digits, then at
     * most 20 times a hyphen or apostrophe followed by such a run. A scan of the characters rather than the pattern: it
     * runs over every word of every record in two languages, and does the same in a fraction of the time
     * (SearchTermsTest compares the two on random texts).
     */
    static void eachWord(CharSequence text, Consumer<String> found) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int end = letters(text, i);
            if (end == i) {
                i++;
                continue;
            }
            for (int joins = 0; joins < 20 && end + 1 < n && isPart(text.charAt(end)); joins++) {
                int next = letters(text, end + 1);
                if (next == end + 1) {
                    break;
                }
                end = next;
            }
            found.accept(text.subSequence(i, end).toString());
            i = end;
        }
    }

    /** The end of the run of letters and ASCII digits (the pattern's {@code [\\p{L}\\d]}) that starts at {@code from}. */
    private static int letters(CharSequence text, int from) {
        int i = from;
        while (i < text.length()) {
            int c = Character.codePointAt(text, i);
            if (!(c >= '0' && c <= '9' || Character.isLetter(c))) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static boolean isPart(char c) {
        return c == '-' || c == '\'' || c == '\u2019';
    }

    /**
     * The terms of a title as the search page cuts a result's title to give it more points ({@code prepare} in
     * search.js): each word joined at its hyphens, a number or a light stem; no number spellings, no split parts.
     */
    static Set<String> titleTerms(String title, Language language) {
        Set<String> terms = new java.util.TreeSet<>();
        if (title == null) {
            return terms;
        }
        eachWord(fold(title), word -> addWord(withoutParts(word), language, terms));
        return terms;
    }

    /** Adds the terms of every text, number and nested record in {@code fields}, in the language of the index. */
    static void addFields(Fields fields, Language language, Set<String> terms) {
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            String name = field.getKey();
            if (name.endsWith(Fields.ENGLISH) || NOT_SEARCHED.contains(name)) {
                continue;
            }
            Object english = language == Language.NL ? null : fields.english(name);
            addValue(english != null ? english : field.getValue(), language, terms);
        }
    }

    private static void addValue(Object value, Language language, Set<String> terms) {
        if (value instanceof String text && !text.startsWith("http")) {
            // Without Markdown's marks and link targets: an address in a description finds nothing.
            if (!text.isBlank()) {
                addTokens(markdownTokens(text), language, terms);
            }
        } else if (value instanceof BigDecimal amount) {
            terms.add(amount.stripTrailingZeros().toPlainString());
        } else if (value instanceof Integer || value instanceof Long) {
            terms.add(value.toString());
        } else if (value instanceof List<?> list) {
            list.forEach(item -> addValue(item, language, terms));
        } else if (value instanceof FieldRecord record) {
            addFields(record.fields(), language, terms);
        } else if (value instanceof Fields nested) {
            addFields(nested, language, terms);
        }
        // Codes (a status, a unit) are found by their labels, which the entry's keywords hold; dates are not searched.
    }

    /** The word without its hyphens and apostrophes; the same instance when it has none. */
    private static String withoutParts(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (isPart(word.charAt(i))) {
                return PARTS.matcher(word).replaceAll("");
            }
        }
        return word;
    }

    private static void addWord(String word, Language language, Set<String> terms) {
        if (allDigits(word)) {
            terms.addAll(numbers(word));
        } else if (word.length() > 1) {
            terms.add(stem(word, language));
        }
    }

    /** Whether every character is a digit ({@link Character#isDigit}), as the stream {@code chars().allMatch} said. */
    private static boolean allDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The spellings of a number in one form: digits, then a dot and the fraction if any. */
    static List<String> numbers(String written) {
        String number = SPACES.matcher(written).replaceAll("");
        int dots = count(number, '.');
        int commas = count(number, ',');
        if (dots > 0 && commas > 0) {
            // The last separator is the decimal one: 3.916.000,50 or 3,916,000.50.
            char decimal = number.lastIndexOf('.') > number.lastIndexOf(',') ? '.' : ',';
            return List.of(canonical(number, decimal));
        }
        if (dots + commas == 0) {
            return List.of(canonical(number, '.'));
        }
        char separator = dots > 0 ? '.' : ',';
        if (dots + commas > 1) {
            return List.of(canonical(number, separator == '.' ? ',' : '.'));
        }
        int at = number.indexOf(separator);
        boolean couldBeThousands = number.length() - at - 1 == 3 && at <= 3 && !number.startsWith("0");
        return couldBeThousands ? List.of(canonical(number, separator == '.' ? ',' : '.'), canonical(number, separator))
                : List.of(canonical(number, separator));
    }

    /** Without thousands separators, with a dot as decimal separator, without trailing zeros of the fraction. */
    private static String canonical(String number, char decimal) {
        String digits = number.replace(decimal == '.' ? "," : ".", "").replace(decimal, '.');
        return new BigDecimal(digits).stripTrailingZeros().toPlainString();
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }

    /** A light stem: a plural or inflection ending off, doubled vowels once. The same rules as the search page's. */
    static String stem(String word, Language language) {
        return vowelsOnce(language == Language.NL ? dutch(word) : english(word));
    }

    /** A doubled a, e, o or u written once ({@code aa} → {@code a}); a run of three or four gives two. */
    private static String vowelsOnce(String word) {
        StringBuilder once = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean doubled = i + 1 < word.length() && word.charAt(i + 1) == c && "aeou".indexOf(c) >= 0;
            if (doubled && once == null) {
                once = new StringBuilder(word.length()).append(word, 0, i);
            }
            if (once != null) {
                once.append(c);
            }
            if (doubled) {
                i++;
            }
        }
        return once == null ? word : once.toString();
    }

    private static String dutch(String word) {
        String stem = word;
        if (stem.endsWith("heden") && stem.length() > 7) {
            return stem.substring(0, stem.length() - 5) + "heid";
        }
        if (stem.endsWith("en") && stem.length() > 4) {
            stem = stem.substring(0, stem.length() - 2);
            // huizen, brieven: the stem ends in s or f.
            if (stem.endsWith("z")) {
                stem = stem.substring(0, stem.length() - 1) + "s";
            } else if (stem.endsWith("v")) {
                stem = stem.substring(0, stem.length() - 1) + "f";
            }
        } else if (stem.endsWith("s") && stem.length() > 3 && "elmnr".indexOf(stem.charAt(stem.length() - 2)) >= 0) {
            // A plural -s follows e, l, m, n or r (subsidies, partners); huis and status keep theirs.
            stem = stem.substring(0, stem.length() - 1);
            if (stem.endsWith("e") && stem.length() > 3) {
                stem = stem.substring(0, stem.length() - 1);
            }
        } else if (stem.endsWith("e") && stem.length() > 3) {
            stem = stem.substring(0, stem.length() - 1);
        }
        // projecten → project: a doubled last consonant once.
        int n = stem.length();
        if (n > 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "aeiou".indexOf(stem.charAt(n - 1)) < 0) {
            stem = stem.substring(0, n - 1);
        }
        return stem;
    }

    private static String english(String word) {
        int n = word.length();
        if (word.endsWith("ies") && n > 4) {
            return word.substring(0, n - 3) + "y";
        }
        if ((word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")) && n > 4) {
            return word.substring(0, n - 2);
        }
        if (word.endsWith("s") && n > 3 && "sui".indexOf(word.charAt(n - 2)) < 0) {
            return word.substring(0, n - 1);
        }
        return word;
    }
}
