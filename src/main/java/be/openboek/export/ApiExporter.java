package be.openboek.export;

import be.openboek.model.Coded;
import be.openboek.model.FieldRecord;
import be.openboek.model.Identified;
import be.openboek.model.Link;
import be.openboek.model.PageAddress;
import be.openboek.model.PartialDate;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntConsumer;

/**
 * The static read-only JSON API: {@code api/v1/<type>.json} lists every record of a type, {@code api/v1/<type>/<id>.json}
 * holds one, and {@code api/v1/organisation.json} the organisation. Records keep the field names of the YAML files
 * (snake_case) and their nesting (partners, price lines); they are read from the records' fields, in the order of
 * the field tables, so a new field appears without changes here; a link between records also says what it rests on
 * ({@code basis}: {@code source} or {@code our_reading}). Amounts have at least two decimals; dates are ISO. Every
 * record's object ends with {@code url}, the absolute address of the page that shows it, and {@code api_url}, that
 * of its file here (a source's own web address is {@code source_url}).
 *
 * <p>The files of single records are independent: their JSON and checksums are made on the export's threads.
 */
final class ApiExporter implements Exporter {

    static final String ROOT = "api/v1/";

    /** How many records one task makes. */
    private static final int CHUNK = 256;
    /** How many chunks may be made ahead of the one being written: enough to keep the export's threads busy. */
    private static final int AHEAD = 8;

    /**
     * One record's file, not yet written, and its object as the list of its type holds it: the same JSON one level
     * deeper, made by the same writer.
     */
    private record Made(ExportRun.Pending file, byte[] inList) {
    }

    @Override
    public List<WrittenFile> export(ExportRun context) throws IOException {
        var site = context.site();
        List<WrittenFile> files = new ArrayList<>();
        files.add(context.write(ROOT + "organisation.json", Json.bytes(addressed(value(site.organisation()), context.url(""),
                context.url(ROOT + "organisation.json"))), "JSON", "application/json", null));
        files.addAll(type(context, "subsidies", site.subsidies()));
        files.addAll(type(context, "projects", site.projects()));
        files.addAll(type(context, "services", site.services()));
        files.addAll(type(context, "sources", site.sources()));
        files.addAll(type(context, "calls", site.calls()));
        files.addAll(type(context, "questions", site.questions()));
        return files;
    }

    /**
     * The files of one type's records, then the list of them all. The records are made (JSON and checksum) in
     * chunks on the export's threads while this thread writes them, in order: creating files in one folder takes the
     * folder's lock in the kernel, so more writers would only wait for each other.
     */
    private static List<WrittenFile> type(ExportRun context, String type, List<? extends Identified> records) throws IOException {
        List<List<? extends Identified>> parts = new ArrayList<>();
        for (int from = 0; from < records.size(); from += CHUNK) {
            parts.add(records.subList(from, Math.min(records.size(), from + CHUNK)));
        }
        // At most AHEAD chunks are made before this thread has written them, and the list of them all is written as
        // the records come: an export of 100,000 records holds a few chunks, not every record's JSON at once.
        ArrayDeque<CompletableFuture<List<Made>>> ahead = new ArrayDeque<>();
        IntConsumer submit = i -> ahead.add(CompletableFuture.supplyAsync(
                () -> parts.get(i).stream().map(record -> make(context, type, record)).toList(), context.executor()));
        for (int i = 0; i < Math.min(AHEAD, parts.size()); i++) {
            submit.accept(i);
        }
        List<WrittenFile> files = new ArrayList<>(records.size() + 1);
        WrittenFile list = context.writeStreamed(ROOT + type + ".json", out -> {
            try (Json.ListWriter all = new Json.ListWriter(out)) {
                for (int i = 0; i < parts.size(); i++) {
                    List<Made> made = join(ahead.poll());
                    if (i + AHEAD < parts.size()) {
                        submit.accept(i + AHEAD);
                    }
                    for (Made m : made) {
                        files.add(context.write(m.file()));
                        all.add(m.inList());
                    }
                }
            }
        }, "JSON", "application/json", null);
        files.add(list);
        return files;
    }

    /** A record's file and its object in the list: in serve, as the last export made them when the record is the same. */
    private static Made make(ExportRun context, String type, Identified record) {
        return context.memo().value(List.of(ROOT, type, record, context.url("")), () -> {
            String path = ROOT + type + "/" + record.id() + ".json";
            Object json = addressed(value(record), context.url(PageAddress.of(record)), context.url(path));
            return new Made(ExportRun.pending(path, Json.bytes(json), "JSON", "application/json", null), Json.inList(json));
        });
    }

    /**
     * A record's object with {@code url} (the page that shows it) and {@code api_url} (its own file here) added. A
     * field of the record named {@code url} (a source's web address) is written as {@code source_url}, as in the
     * sources table, so that {@code url} means the same in every object.
     */
    @SuppressWarnings("unchecked")
    private static Object addressed(Object json, String url, String apiUrl) {
        Map<String, Object> object = (Map<String, Object>) json;
        if (object.containsKey("url")) {
            Map<String, Object> renamed = new LinkedHashMap<>(object.size() * 2);
            object.forEach((name, value) -> renamed.put(name.equals("url") ? "source_url" : name, value));
            object = renamed;
        }
        object.put("url", url);
        object.put("api_url", apiUrl);
        return object;
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** A model value as JSON: records become objects with their fields' YAML names; where a record was written is left out. */
    static Object value(Object value) {
        if (value instanceof PartialDate || value instanceof LocalDate) {
            return value.toString();
        }
        if (value instanceof FieldRecord record) {
            Map<String, Object> object = new LinkedHashMap<>(record.fields().size() * 2);
            record.fields().forEach((name, field) -> object.put(name, value(field)));
            if (record instanceof Link link) {
                // Said outright, as the datasets' basis columns say it, so that no reader has to infer it.
                object.put("basis", value(link.basis()));
            }
            return object;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ApiExporter::value).toList();
        }
        if (value instanceof BigDecimal amount) {
            return amount.scale() < 2 ? amount.setScale(2, RoundingMode.UNNECESSARY) : amount;
        }
        if (value instanceof Coded coded) {
            return coded.code();
        }
        return value;
    }
}
