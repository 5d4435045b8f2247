package be.openboek.load;

import java.util.Collection;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Finds the allowed word a mistyped one was probably meant to be, for "did you mean" hints. */
public final class NearMiss {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance();

    private NearMiss() {
    }

    /** The closest candidate within a few edits of {@code word}, or null. */
    public static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = Math.max(2, word.length() / 3);
        for (String candidate : candidates) {
            int d = DISTANCE.apply(word, candidate);
            if (d <= limit && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }
}
