package be.openboek.export;

import be.openboek.format.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * {@code data/openboek.xlsx}: one workbook for spreadsheet users (a Belgian Excel does not open comma CSV cleanly),
 * a first sheet explaining the tables, columns and licence, then a sheet per table with real numbers and dates.
 * The writer stamps the zip entries and the document properties with the current time; both are reset to the
 * data date so the file is byte-identical across builds.
 */
final class XlsxExporter implements Exporter {

    static final String PATH = "data/openboek.xlsx";
    static final String EXPLANATION_SHEET = "toelichting";
    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** One workbook for every reader, in the language of the data. */
    private static final DataDictionary DUTCH = DataDictionary.of(Language.NL);

    @Override
    public List<WrittenFile> export(ExportRun context) throws IOException {
        // Written to a scratch file first: its entries are then read back through the zip's central directory.
        Path scratch = context.output().resolve(PATH + ".tmp");
        Files.createDirectories(scratch.getParent());
        try (OutputStream out = Files.newOutputStream(scratch)) {
            Workbook workbook = new Workbook(out, "Openboek", "1.0");
            // Its entries are compressed again by ZipArchives: compressing the scratch file is wasted work.
            workbook.setCompressionLevel(Deflater.NO_COMPRESSION);
            write(workbook, context);
        }
        byte[] xlsx;
        try {
            xlsx = reproducible(ZipArchives.entries(scratch), context);
        } finally {
            Files.deleteIfExists(scratch);
        }
        return List.of(context.write(PATH, xlsx, "XLSX", MEDIA_TYPE, null));
    }

    private static void write(Workbook workbook, ExportRun context) throws IOException {
        workbook.properties().setTitle(DUTCH.text("export.title", context.organisation().name()));
        explanation(workbook.newWorksheet(EXPLANATION_SHEET), context);
        for (FilledTable data : context.tables()) {
            table(workbook.newWorksheet(data.name()), data);
        }
        workbook.finish();
    }

    private static void explanation(Worksheet sheet, ExportRun context) {
        var org = context.organisation();
        int row = 0;
        sheet.value(row, 0, DUTCH.text("export.title", org.name()));
        sheet.style(row, 0).bold().fontSize(14).set();
        row += 2;
        row = line(sheet, row, "Bron", "Deze gegevens komen van " + context.url("") + "; bij elk cijfer staan de bronnen (tabel sources).");
        row = line(sheet, row, "Licentie", org.licence().name() + " — " + org.licence().url());
        row = line(sheet, row, "Datum van de gegevens", context.dataDate().toString());
        row = line(sheet, row, "Lege cel", "De bronnen geven de waarde niet.");
        row = line(sheet, row, "Lijsten", "Meerdere ids in één cel zijn gescheiden door " + TableSpecs.LIST_SEPARATOR);
        // In words, not with the signs themselves: this text is a cell too.
        row = line(sheet, row, "Tekst", "Tekst is nooit een formule. Waar een rekenblad een cel zou kunnen laten beginnen met een "
                + "isgelijkteken, plus, min of apenstaartje (ook na spaties, of na een komma, puntkomma, tab of ander leesteken "
                + "waarop je een cel splitst), staat er een apostrof voor: Bieblo;'=1+1. De JSON-bestanden geven de tekst ongewijzigd.");
        row++;
        String[] header = {"Blad", "Kolom", "Titel", "Type", "Verplicht", "Beschrijving"};
        for (int c = 0; c < header.length; c++) {
            sheet.value(row, c, header[c]);
            sheet.style(row, c).bold().set();
        }
        row++;
        for (FilledTable data : context.tables()) {
            sheet.value(row, 0, data.name());
            sheet.value(row, 2, DUTCH.title(data.table()));
            sheet.value(row, 5, DUTCH.description(data));
            sheet.style(row, 0).bold().set();
            row++;
            for (Column<?> column : data.columns()) {
                sheet.value(row, 0, data.name());
                sheet.value(row, 1, column.name());
                sheet.value(row, 2, DUTCH.title(data.table(), column));
                sheet.value(row, 3, DUTCH.type(column.type()));
                sheet.value(row, 4, column.required() ? "ja" : "nee");
                sheet.value(row, 5, DUTCH.description(data.table(), column));
                row++;
            }
        }
        sheet.width(0, 22);
        sheet.width(1, 20);
        sheet.width(2, 22);
        sheet.width(5, 90);
    }

    private static int line(Worksheet sheet, int row, String label, String text) {
        sheet.value(row, 0, label);
        sheet.style(row, 0).bold().set();
        sheet.value(row, 1, text);
        return row + 1;
    }

    private static void table(Worksheet sheet, FilledTable data) {
        List<? extends Column<?>> columns = data.columns();
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).name());
            sheet.style(0, c).bold().set();
            sheet.width(c, columns.get(c).type() == ColumnType.TEXT ? 40 : 16);
        }
        for (int r = 0; r < data.rows().size(); r++) {
            List<Object> row = data.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                cell(sheet, r + 1, c, columns.get(c).type(), row.get(c));
            }
        }
        sheet.freezePane(0, 1);
    }

    private static void cell(Worksheet sheet, int row, int col, ColumnType type, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            sheet.value(row, col, number);
            if (type == ColumnType.EURO) {
                sheet.style(row, col).format("0.00").set();
            }
        } else if (value instanceof Boolean bool) {
            sheet.value(row, col, bool);
        } else if (value instanceof LocalDate date) {
            sheet.value(row, col, date);
            sheet.style(row, col).format("yyyy-mm-dd").set();
        } else {
            sheet.value(row, col, Cells.spreadsheetText(type, value));
        }
    }

    /**
     * The workbook with every zip timestamp and the creation date in its properties set to the data date; its
     * entries compressed on the export's threads, and those that did not change since serve's last export not again.
     */
    private static byte[] reproducible(Map<String, byte[]> written, ExportRun context) throws IOException {
        LocalDate date = context.dataDate();
        Map<String, byte[]> entries = new LinkedHashMap<>(written);
        byte[] core = entries.get("docProps/core.xml");
        if (core != null) {
            String text = new String(core, StandardCharsets.UTF_8)
                    .replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z", date + "T00:00:00Z");
            entries.put("docProps/core.xml", text.getBytes(StandardCharsets.UTF_8));
        }
        return ZipArchives.zip(entries, date, context.memo().workbook(), context.executor());
    }
}
