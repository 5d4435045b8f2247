package be.openboek.render;

import be.openboek.export.ExportManifest;
import be.openboek.history.History;
import be.openboek.model.Identified;
import be.openboek.model.Project;
import be.openboek.model.Service;
import be.openboek.model.Site;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a page read from the model while it was rendered, so that an incremental build re-renders only the
 * pages whose inputs changed. Every {@link SiteView} method a template can call names the part of the model
 * it reads ({@link #read}); while a page renders, those names are collected on its thread. An input is
 * a name such as {@code project/bieblo}, {@code services-from/bieblo}, {@code projects} (the whole list) or
 * {@code everything}; {@link #hash} gives the SHA-256 of its current value (the records' text form, which
 * holds every field). A page is up to date when the hashes of all the inputs it read are unchanged, and so
 * are the templates and the page itself (type, address, title, record).
 */
public final class PageInputs {

    /** The input read by {@code site.model}: every part of the model. */
    static final String EVERYTHING = "everything";

    private static final ThreadLocal<Set<String>> READING = new ThreadLocal<>();
    private static final MessageDigest SHA256 = newSha256();

    private final Site site;
    private final History history;
    private final Supplier<ExportManifest> datasets;
    private final RecordIndex index;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    PageInputs(Site site, History history, ExportManifest datasets) {
        this(site, history, () -> datasets);
    }

    PageInputs(Site site, History history, Supplier<ExportManifest> datasets) {
        this.site = site;
        this.history = history;
        this.datasets = datasets;
        this.index = new RecordIndex(site);
    }

    /** Notes that the page rendering on this thread read {@code input}; nothing when no page is recording. */
    static void read(String input) {
        Set<String> inputs = READING.get();
        if (inputs != null) {
            inputs.add(input);
        }
    }

    /** Runs {@code render} on this thread and returns the inputs it read, sorted. */
    static Set<String> recording(ThrowingRunnable render) throws Exception {
        Set<String> inputs = new TreeSet<>();
        READING.set(inputs);
        try {
            render.run();
        } finally {
            READING.remove();
        }
        return inputs;
    }

    /** A page rendering. */
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** The hash of the current value of {@code input}; inputs this build does not know hash as "unknown". */
    String hash(String input) {
        return hashes.computeIfAbsent(input, this::compute);
    }

    /**
     * The hash of what a page is by itself: its type, address, title and record. A project or service is hashed
     * once per build, through its input ({@code project/<id>}, the same text), not again for every page showing it.
     */
    String hashOf(Page page) {
        String record;
        if (page.record() instanceof Project p && index.project(p.id()) == p) {
            record = hash("project/" + p.id());
        } else if (page.record() instanceof Service s && index.service(s.id()) == s) {
            record = hash("service/" + s.id());
        } else {
            record = digest(List.of(String.valueOf(page.record())));
        }
        return digest(List.of(page.type(), page.uri(), String.valueOf(page.title()), record));
    }

    private String compute(String input) {
        Object value = value(input);
        return value instanceof List<?> list ? digest(list) : digest(Collections.singletonList(value));
    }

    /**
     * The current value of {@code input}: records, lists of them or text. Two builds whose values of an input are
     * equal have equal hashes of it (the hash is taken over the values' text form).
     */
    Object value(String input) {
        int slash = input.indexOf('/');
        String kind = slash < 0 ? input : input.substring(0, slash);
        String id = slash < 0 ? "" : input.substring(slash + 1);
        return switch (kind) {
            case "organisation" -> site.organisation();
            case "sources" -> site.sources();
            case "calls" -> site.calls();
            case "subsidies" -> site.subsidies();
            case "projects" -> site.projects();
            case "services" -> site.services();
            case "questions" -> site.questions();
            case "pages" -> site.pages();
            case "history" -> List.of(history.available(), history.reason(), history.fix(), history.commits(),
                    new TreeMap<>(history.lastChanged()), String.valueOf(history.gap()));
            case "datasets" -> String.valueOf(datasets.get());
            case "project" -> index.project(id);
            case "service" -> index.service(id);
            case "source" -> index.source(id);
            case "call" -> index.call(id);
            case "services-from" -> index.servicesFrom(id);
            case "last-changed" -> lastChanged(id);
            // value, not hash: a hash is computed inside the map's computeIfAbsent, which must not update the map.
            case EVERYTHING -> List.of(site, value("history"), String.valueOf(datasets.get()));
            default -> "unknown " + input;
        };
    }

    /** {@code Project/bieblo}: the day that record last changed. */
    private String lastChanged(String typeAndId) {
        int slash = typeAndId.indexOf('/');
        Identified record = slash < 0 ? null : index.record(typeAndId.substring(0, slash), typeAndId.substring(slash + 1));
        return record == null ? "none" : String.valueOf(history.lastChanged(record).orElse(null));
    }

    /** The input {@code last-changed/<type>/<id>} of a record. */
    static String lastChangedInput(Identified record) {
        return "last-changed/" + record.getClass().getSimpleName() + "/" + record.id();
    }

    /** SHA-256 over the text form of each element, length-prefixed so that no two lists hash alike. */
    static String digest(List<?> values) {
        MessageDigest sha = sha256();
        for (Object value : values) {
            byte[] bytes = String.valueOf(value).getBytes(StandardCharsets.UTF_8);
            sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A fresh SHA-256; cloned from one instance, since looking the algorithm up through the providers costs more. */
    static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA256.clone();
        } catch (CloneNotSupportedException e) {
            return newSha256();
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
