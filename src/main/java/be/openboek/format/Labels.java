package be.openboek.format;

import be.openboek.model.Coded;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The labels of the codes used in the records ({@code scaled_up} → "opgeschaald", "scaled up"), from
 * {@code labels_nl.properties} and {@code labels_en.properties} beside this class. Dutch is the default: the
 * change log and the Dutch pages use it; the English pages ask for {@code en}.
 */
public final class Labels {

    private static final Map<String, Properties> LABELS = Map.of("nl", load("nl"), "en", load("en"));

    private Labels() {
    }

    /** The Dutch label of a code, e.g. {@code scaled_up} of a project status: "opgeschaald"; empty for null. */
    public static String of(Coded value) {
        return of(value, "nl");
    }

    /** The Dutch label for a key; the key itself when missing, so a gap shows. */
    public static String of(String key) {
        return of(key, "nl");
    }

    /** The label of a code in {@code language} ({@code nl} or {@code en}); empty for null. */
    public static String of(Coded value, String language) {
        return value == null ? "" : of(value.getClass().getSimpleName() + "." + value.code(), language);
    }

    /** The label for a key in {@code language} ({@code nl} or {@code en}); the key itself when missing, so a gap shows. */
    public static String of(String key, String language) {
        Properties labels = LABELS.get(language);
        if (labels == null) {
            throw new IllegalArgumentException("no labels in language " + language);
        }
        return labels.getProperty(key, key);
    }

    private static Properties load(String language) {
        Properties labels = new Properties();
        String name = "labels_" + language + ".properties";
        try (InputStream in = Objects.requireNonNull(Labels.class.getResourceAsStream(name), name)) {
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labels;
    }
}
