package be.openboek.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;

/**
 * The Dutch labels of the codes used in the records ({@code scaled_up} → "opgeschaald"), from
 * {@code labels_nl.properties} beside this class; shared by the pages and the change log.
 */
public final class Labels {

    private static final Properties LABELS = load();

    private Labels() {
    }

    /** The Dutch label of a code, e.g. {@code scaled_up} of a project status: "opgeschaald"; empty for null. */
    public static String of(Coded value) {
        return value == null ? "" : of(value.getClass().getSimpleName() + "." + value.code());
    }

    /** The Dutch label for a key; the key itself when missing, so a gap shows. */
    public static String of(String key) {
        return LABELS.getProperty(key, key);
    }

    private static Properties load() {
        Properties labels = new Properties();
        try (InputStream in = Objects.requireNonNull(Labels.class.getResourceAsStream("labels_nl.properties"))) {
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labels;
    }
}
