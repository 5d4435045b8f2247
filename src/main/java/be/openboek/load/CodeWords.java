package be.openboek.load;

import be.openboek.format.Labels;
import be.openboek.model.Coded;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The words staff may write for a code instead of the code itself: the labels the site shows for it, in Dutch and
 * in English ({@code opgeschaald}, {@code scaled up} for {@code scaled_up}), and the code written loosely
 * ({@code Scaled-Up}). Words are compared without regard to case, accents, spaces, hyphens and underscores. A word
 * that two codes of one kind share names neither.
 *
 * @param <E> the enum of codes
 */
final class CodeWords<E extends Enum<E> & Coded> {

    /** Sorted, so that a near miss between two words at the same distance always picks the same one. */
    private final Map<String, E> byWord = new TreeMap<>();

    CodeWords(Class<E> type) {
        Set<String> shared = new HashSet<>();
        for (E value : type.getEnumConstants()) {
            for (String word : new String[] {value.code(), Labels.of(value, "nl"), Labels.of(value, "en")}) {
                E before = byWord.putIfAbsent(loose(word), value);
                if (before != null && before != value) {
                    shared.add(loose(word));
                }
            }
        }
        shared.forEach(byWord::remove);
    }

    /** The code {@code word} stands for, or null. */
    E meant(String word) {
        return byWord.get(loose(word));
    }

    /** The code whose word is a few edits away from {@code word} (a typo such as {@code toegekent}), or null. */
    E near(String word) {
        String closest = NearMiss.closest(loose(word), byWord.keySet());
        return closest == null ? null : byWord.get(closest);
    }

    /** A code with the label the site shows for it: {@code "granted" (shown on the site as "toegekend")}. */
    static String withLabel(Coded value) {
        return "\"" + value.code() + "\" (shown on the site as \"" + Labels.of(value) + "\")";
    }

    /** {@code " Geëvalueerd"} → {@code "geevalueerd"}, {@code "scaled_up"} and {@code "Scaled-Up"} → {@code "scaled up"}. */
    static String loose(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_\\-]+", " ")
                .strip();
    }
}
