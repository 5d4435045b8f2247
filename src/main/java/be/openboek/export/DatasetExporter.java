package be.openboek.export;

import be.openboek.Timings;
import be.openboek.problem.Problems;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
    public record Result(ExportManifest manifest, Problems problems) {
    }

    private static final int EXAMPLE_ROWS = 3;

    private final List<Exporter> exporters = List.of(new CsvExporter(), new JsonExporter(), new XlsxExporter(),
            new GivingExporter(), new DataPackageExporter(), new ZipExporter(), new CatalogExporter(), new SchemaExporter(),
            new ApiExporter());

    private Timings timings = new Timings();

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
    public Result export(ExportInput input, Path output, LocalDate dataDate) {
        Problems problems = new Problems();
        ExportContext context = new ExportContext(input.site(), Tables.data(input), output, dataDate, List.of());
        List<ExportedFile> written = new ArrayList<>();
        try {
            for (Exporter exporter : exporters) {
                long start = System.nanoTime();
                written.addAll(exporter.export(context));
                context = context.with(written);
                timings.add("export: " + exporter.getClass().getSimpleName().replace("Exporter", ""),
                        (System.nanoTime() - start) / 1_000_000);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(output.toString(), 0, 0, "", "cannot write the datasets: " + e.getMessage(),
                    "check that the folder is writable and the disk is not full");
            return new Result(null, problems);
        }
        return new Result(manifest(context), problems);
    }

    private static ExportManifest manifest(ExportContext context) {
        List<ExportManifest.Dataset> datasets = new ArrayList<>();
        List<ExportedFile> shared = context.filesOf(null).stream()
                .filter(f -> f.path().equals(XlsxExporter.PATH) || f.path().equals(ZipExporter.PATH)).toList();
        for (TableData data : context.tables()) {
            List<ExportManifest.ColumnDoc> columns = data.columns().stream().map(c -> new ExportManifest.ColumnDoc(c.name(), c.title(),
                    c.type().label(), c.description(), c.required())).toList();
            List<List<String>> examples = data.rows().stream().limit(EXAMPLE_ROWS)
                    .map(row -> row.stream().map(Cells::text).toList()).toList();
            List<ExportedFile> files = new ArrayList<>(context.filesOf(data.name()));
            files.addAll(shared);
            datasets.add(new ExportManifest.Dataset(data.name(), data.table().title(), data.table().description(), columns,
                    data.rows().size(), examples, List.copyOf(files)));
        }
        return new ExportManifest(List.copyOf(datasets), context.files(), context.dataDate(), SchemaOrgDescription.of(context));
    }
}
