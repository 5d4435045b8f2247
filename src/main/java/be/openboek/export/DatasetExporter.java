package be.openboek.export;

import be.openboek.format.Language;
import be.openboek.timing.Timings;
import be.openboek.problem.Problems;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Writes all datasets and their metadata into a site folder and says what it wrote. The order matters: the ZIP
 * holds the data files and datapackage.json; the catalog describes every file with its size and checksum.
 */
public final class DatasetExporter {

    /**
     * What an export produced.
     *
     * @param manifest what was written, for the datasets page; null when the export failed
     * @param problems what went wrong; empty on success
     */
    public record Result(WrittenDatasets manifest, Problems problems) {
    }

    private static final int EXAMPLE_ROWS = 3;

    /** Threads of the export besides the caller's: file creation costs kernel time that overlaps with hashing. */
    private static final int THREADS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /**
     * The exporters in the order of the written files. The ones that read the files written before them
     * ({@code afterEarlier}) run once all earlier ones are done, on the caller's thread; the others start at once on
     * the export's threads and see no earlier files. The ZIP is the exception: it holds the files of all earlier
     * exporters, and zips each exporter's files as soon as they are there.
     */
    private final List<Step> steps = List.of(new Step(new CsvExporter(CsvDialect.STANDARD), false),
            new Step(new CsvExporter(CsvDialect.BELGIAN), false), new Step(new JsonExporter(), false),
            new Step(new XlsxExporter(), false), new Step(new GivingExporter(), false), new Step(new DataPackageExporter(), true),
            new Step(new ZipExporter(), true), new Step(new CatalogExporter(), true), new Step(new SchemaExporter(), false),
            new Step(new ApiExporter(), false));

    private record Step(Exporter exporter, boolean afterEarlier) {

        String name() {
            String name = "export: " + exporter.getClass().getSimpleName().replace("Exporter", "");
            return exporter instanceof CsvExporter csv && csv.dialect() == CsvDialect.BELGIAN ? name + " (BE)" : name;
        }
    }

    /** What one exporter wrote and how long it took. */
    private record Done(List<WrittenFile> files, long millis) {
    }

    private Timings timings = new Timings();
    private Map<String, String> published = Map.of();
    private SharedTables shared;
    private ExportMemo memo = ExportMemo.none();

    /**
     * For {@code serve}'s update in place: {@code checksums} (by path) of the files already published; the API files
     * whose content is unchanged are then described in the result but not written (every other file is).
     */
    public DatasetExporter withPublished(Map<String, String> checksums) {
        this.published = checksums;
        return this;
    }

    /** Takes the tables' rows from {@code tables} (shared with the bake) when they are those of the model exported. */
    public DatasetExporter withTables(SharedTables tables) {
        this.shared = tables;
        return this;
    }

    /**
     * For {@code serve}: keeps in {@code memo} what this export made, and takes from it what the last export made and
     * is still the same (see {@link ExportMemo}).
     */
    public DatasetExporter withMemo(ExportMemo memo) {
        this.memo = memo;
        return this;
    }

    /** Records how long each kind of dataset takes in {@code timings}. */
    public DatasetExporter withTimings(Timings timings) {
        this.timings = timings;
        return this;
    }

    /**
     * @param input    the validated model and its history
     * @param output   the site folder to write into
     * @param dataDate see {@link DataDate}
     */
    public Result export(RecordsAndHistory input, Path output, LocalDate dataDate) {
        Problems problems = new Problems();
        List<FilledTable> tables = shared != null && shared.of(input.site(), input.history()) ? shared.get()
                : TableSpecs.data(input);
        // Two pools, so that no thread ever waits for work queued behind itself: the exporters run on one and may
        // wait for the pieces they split off (the API's chunks), which run on the other and never wait for anything.
        // First in, first out (asyncMode): pieces are then done roughly in the order they are written.
        ForkJoinPool pool = new ForkJoinPool(THREADS, ForkJoinPool.defaultForkJoinWorkerThreadFactory, null, true);
        ForkJoinPool pieces = new ForkJoinPool(THREADS, ForkJoinPool.defaultForkJoinWorkerThreadFactory, null, true);
        ExportRun base = new ExportRun(input.site(), tables, output, dataDate, pieces, published, memo);
        Map<Step, Future<Done>> started = new HashMap<>();
        try {
            // The catalog comes last, after the ZIP; Jena's start need not wait for it. A failure here is the
            // catalog's to report.
            pool.submit(RdfGraph::warmUp);
            // The most work first: in a build the API, whose files are written one by one; in serve, which keeps the
            // API's unchanged records and the workbook's unchanged sheets, the workbook, made again at every change.
            Class<? extends Exporter> first = memo.keeps() ? XlsxExporter.class : ApiExporter.class;
            steps.stream().filter(s -> !s.afterEarlier())
                    .sorted(Comparator.comparing(s -> !first.isInstance(s.exporter())))
                    .forEach(step -> started.put(step, pool.submit(() -> run(step, base))));
            int zipAt = indexOf(ZipExporter.class);
            ZipExporter.Archive zip = ((ZipExporter) steps.get(zipAt).exporter()).open(base);
            List<WrittenFile> written = new ArrayList<>();
            List<Done> done = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                Done d;
                if (i == zipAt) {
                    d = new Done(zip.finish(), zip.millis());
                } else {
                    d = step.afterEarlier() ? run(step, base.with(written)) : result(started.get(step));
                }
                if (i < zipAt) {
                    zip.add(d.files());
                }
                done.add(d);
                written.addAll(d.files());
            }
            for (int i = 0; i < steps.size(); i++) {
                timings.add(steps.get(i).name(), done.get(i).millis());
            }
            Result result = new Result(manifest(base.with(written)), problems);
            memo.done();
            return result;
        } catch (IOException | RuntimeException e) {
            memo.failed();
            problems.add(output.toString(), 0, 0, "", "cannot write the datasets: " + e.getMessage(),
                    "check that the folder is writable and the disk is not full");
            return new Result(null, problems);
        } finally {
            // After a failure: what has not started yet need not; no thread is interrupted, as one of them may be
            // initialising classes (Jena's) that later builds in this JVM still need.
            started.values().forEach(f -> f.cancel(false));
            pool.shutdown();
            pieces.shutdown();
            try {
                // No exporter may still be writing into the folder once the export has returned.
                pool.awaitTermination(1, TimeUnit.MINUTES);
                pieces.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private int indexOf(Class<? extends Exporter> type) {
        for (int i = 0; i < steps.size(); i++) {
            if (type.isInstance(steps.get(i).exporter())) {
                return i;
            }
        }
        throw new IllegalStateException("no " + type.getSimpleName());
    }

    private static Done run(Step step, ExportRun context) throws IOException {
        long start = System.nanoTime();
        List<WrittenFile> files = step.exporter().export(context);
        return new Done(files, (System.nanoTime() - start) / 1_000_000);
    }

    /** The outcome of an exporter run on another thread; its failure as if it had run on this one. */
    private static Done result(Future<Done> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static WrittenDatasets manifest(ExportRun context) {
        List<WrittenFile> shared = context.filesOf(null).stream()
                .filter(f -> f.path().equals(XlsxExporter.PATH) || f.path().equals(ZipExporter.PATH)).toList();
        Map<Language, List<WrittenDatasets.Dataset>> described = new EnumMap<>(Language.class);
        Map<Language, String> schemaOrgs = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            DataDictionary words = DataDictionary.of(language);
            List<WrittenDatasets.Dataset> datasets = new ArrayList<>();
            for (FilledTable data : context.tables()) {
                List<WrittenDatasets.ColumnDoc> columns = data.columns().stream().map(c -> new WrittenDatasets.ColumnDoc(c.name(),
                        words.title(data.table(), c), words.type(c.type()), words.description(data.table(), c), c.required())).toList();
                List<List<String>> examples = data.rows().stream().limit(EXAMPLE_ROWS)
                        .map(row -> row.stream().map(Cells::text).toList()).toList();
                List<WrittenFile> files = new ArrayList<>(context.filesOf(data.name()));
                files.addAll(shared);
                files.sort(Comparator.comparingInt(DatasetExporter::forSpreadsheetsFirst));
                datasets.add(new WrittenDatasets.Dataset(data.name(), words.title(data.table()), words.description(data), columns,
                        data.rows().size(), examples, List.copyOf(files)));
            }
            described.put(language, List.copyOf(datasets));
            schemaOrgs.put(language, SchemaOrgDescription.of(context, language));
        }
        return new WrittenDatasets(Collections.unmodifiableMap(described), context.files(), context.dataDate(),
                Collections.unmodifiableMap(schemaOrgs), Language.NL, giving(context));
    }

    /**
     * The order of a table's files on the datasets page: what a spreadsheet user needs first (the workbook, then the
     * Belgian CSV), then the files for programs (standard CSV, JSON, 360Giving), then the ZIP of everything.
     */
    private static int forSpreadsheetsFirst(WrittenFile file) {
        if (file.path().equals(XlsxExporter.PATH)) {
            return 0;
        }
        if (file.format().equals(CsvDialect.BELGIAN.formatName())) {
            return 1;
        }
        if (file.path().equals(ZipExporter.PATH)) {
            return 4;
        }
        return file.format().equals(CsvDialect.STANDARD.formatName()) ? 2 : 3;
    }

    /** What the 360Giving file holds and leaves out, or null when it was not written. */
    private static WrittenDatasets.Giving giving(ExportRun context) {
        if (context.files().stream().noneMatch(f -> f.path().equals(GivingExporter.PATH))) {
            return null;
        }
        GivingExporter.Selection selection = GivingExporter.Selection.of(context.site());
        int payments = selection.grants().stream().mapToInt(g -> (int) g.payments().stream().filter(p -> p != g.line()).count()).sum();
        return new WrittenDatasets.Giving(selection.grants().size(), selection.budgeted().size(), selection.withoutAmount().size(),
                payments);
    }
}
