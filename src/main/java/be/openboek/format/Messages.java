package be.openboek.format;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The interface text of the pages in one language, from {@code messages_<lang>.properties} beside this class
 * (read as UTF-8). Templates call it as {@code t("nav.subsidies")}; {@code {0}}, {@code {1}}, ... are
 * replaced by the arguments. Plain {@code {n}} replacement rather than {@link java.text.MessageFormat},
 * whose quoting rules would eat the apostrophe of Dutch words like "thema's".
 *
 * <p>A key ending in {@code .html} holds trusted markup from the bundle (a link inside a sentence); its
 * arguments are escaped unless they are markup themselves. Any other message is plain text that the
 * template escapes.
 */
public final class Messages {

    private static final Map<Language, Messages> LOADED = new ConcurrentHashMap<>();

    private final Language language;
    private final Properties texts;

    private Messages(Language language, Properties texts) {
        this.language = language;
        this.texts = texts;
    }

    /** The messages of {@code language}. */
    public static Messages of(Language language) {
        // The bundles are part of the generator, not of the project: read once per run (serve renders many times).
        return LOADED.computeIfAbsent(language, Messages::load);
    }

    private static Messages load(Language language) {
        Properties texts = new Properties();
        String name = "messages_" + language.code() + ".properties";
        try (InputStream in = Objects.requireNonNull(Messages.class.getResourceAsStream(name), name)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Messages(language, texts);
    }

    public Language language() {
        return language;
    }

    /** The keys of the bundle. */
    public Set<String> keys() {
        return texts.stringPropertyNames();
    }

    /**
     * The message for {@code key} with its arguments filled in: a String, or HTML markup for a {@code .html} key.
     *
     * @throws IllegalArgumentException when the key is missing, so a template with a typo fails the build
     */
    public Object text(String key, Object... args) {
        String message = texts.getProperty(key);
        if (message == null) {
            throw new IllegalArgumentException("no message " + key + " in messages_" + language.code() + ".properties");
        }
        boolean markup = key.endsWith(".html");
        if (!markup && message.indexOf('{') < 0) {
            // Most messages have no argument to fill in: the text as it is.
            return message;
        }
        StringBuilder out = new StringBuilder(message.length() + 16);
        int i = 0;
        while (i < message.length()) {
            char c = message.charAt(i);
            int close = c == '{' ? message.indexOf('}', i) : -1;
            if (close > i + 1 && message.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(message.substring(i + 1, close));
                if (n >= args.length) {
                    throw new IllegalArgumentException("message " + key + " needs argument {" + n + "}");
                }
                out.append(markup ? html(args[n]) : String.valueOf(args[n]));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        if (!markup) {
            return out.toString();
        }
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(out.toString());
        } catch (TemplateModelException e) {
            throw new IllegalStateException("HTML output format refused markup", e);
        }
    }

    private static String html(Object arg) {
        if (arg instanceof TemplateHTMLOutputModel model) {
            try {
                return HTMLOutputFormat.INSTANCE.getMarkupString(model);
            } catch (TemplateModelException e) {
                throw new IllegalStateException(e);
            }
        }
        return HTMLOutputFormat.INSTANCE.escapePlainText(String.valueOf(arg));
    }
}
