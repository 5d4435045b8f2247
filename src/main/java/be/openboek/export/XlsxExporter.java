package be.openboek.export;

import be.openboek.format.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.zip.Deflater;
import org.dhatim.fastexcel.RichText;
import org.dhatim.fastexcel.StyleSetter;
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

    /** The cell styles the sheets use besides the explanation's, by the names {@link #styles} gives them. */
    private static final String BOLD = "bold";
    private static final String AMOUNT = "0.00";
    private static final String DATE = "yyyy-mm-dd";

    @Override
    public List<WrittenFile> export(ExportRun context) throws IOException {
        List<FilledTable> tables = context.tables();
        // The writer numbers the cell styles in the order they are first used; a sheet's cells name them by number. A
        // sheet whose rows did not change since serve's last export uses the same styles (taken from the memo), and is
        // kept only when the workbook's styles come in the same order, so that its numbers still name them.
        List<ExportMemo.KeptSheet> before = tables.stream().map(table -> context.memo().sheet(table)).toList();
        List<List<String>> sheetStyles = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            sheetStyles.add(before.get(i) != null ? before.get(i).styles() : styles(tables.get(i)));
        }
        List<String> order = sheetStyles.stream().flatMap(List::stream).distinct().toList();
        Map<String, ZipArchives.Entry> kept = new HashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            ExportMemo.KeptSheet sheet = before.get(i);
            if (sheet != null && sheet.order().equals(order) && sheet.entry().name().equals(sheetEntry(i))) {
                kept.put(sheetEntry(i), sheet.entry());
            }
        }
        // Written to a scratch file first: its entries are then read back through the zip's central directory.
        Path scratch = context.output().resolve(PATH + ".tmp");
        Files.createDirectories(scratch.getParent());
        try (OutputStream out = Files.newOutputStream(scratch)) {
            Workbook workbook = new Workbook(out, "Openboek", "1.0");
            // Its entries are compressed again by ZipArchives: compressing the scratch file is wasted work.
            workbook.setCompressionLevel(Deflater.NO_COMPRESSION);
            workbook.properties().setTitle(DUTCH.text("export.title", context.organisation().name()));
            explanation(workbook.newWorksheet(EXPLANATION_SHEET), context);
            for (int i = 0; i < tables.size(); i++) {
                Worksheet sheet = workbook.newWorksheet(tables.get(i).name());
                if (kept.containsKey(sheetEntry(i))) {
                    // Its cells come from the last export; only its styles are named, in the order its cells name them,
                    // each on a cell of its own (a style set on a cell is merged with the one it has).
                    List<String> styles = sheetStyles.get(i);
                    for (int s = 0; s < styles.size(); s++) {
                        style(sheet.style(0, s), styles.get(s)).set();
                    }
                } else {
                    table(sheet, tables.get(i));
                }
            }
            workbook.finish();
        }
        byte[] xlsx;
        try {
            Map<String, ZipArchives.Entry> entries = reproducible(ZipArchives.entries(scratch), context, kept);
            for (int i = 0; i < tables.size(); i++) {
                ZipArchives.Entry sheet = entries.get(sheetEntry(i));
                if (sheet == null) {
                    throw new IllegalStateException("the workbook has no " + sheetEntry(i) + " for table " + tables.get(i).name());
                }
                context.memo().sheetMade(tables.get(i), new ExportMemo.KeptSheet(sheetStyles.get(i), order, sheet));
            }
            xlsx = ZipArchives.zip(List.copyOf(entries.values()), context.dataDate());
        } finally {
            Files.deleteIfExists(scratch);
        }
        return List.of(context.write(PATH, xlsx, "XLSX", MEDIA_TYPE, null));
    }

    /** The workbook's entry of the sheet of the table at {@code index}: the explanation is the first sheet. */
    private static String sheetEntry(int index) {
        return "xl/worksheets/sheet" + (index + 2) + ".xml";
    }

    /**
     * The styles the cells of a table's sheet use, each once, in the order {@link #table} first uses them: the
     * header's, then as its rows have amounts and dates.
     */
    private static List<String> styles(FilledTable data) {
        Set<String> styles = new LinkedHashSet<>();
        styles.add(BOLD);
        List<? extends Column<?>> columns = data.columns();
        for (List<Object> row : data.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                if (value instanceof Number && columns.get(c).type() == ColumnType.EURO) {
                    styles.add(AMOUNT);
                } else if (value instanceof LocalDate) {
                    styles.add(DATE);
                }
            }
            if (styles.size() == 3) {
                break;
            }
        }
        return List.copyOf(styles);
    }

    private static StyleSetter style(StyleSetter cell, String style) {
        return style.equals(BOLD) ? cell.bold() : cell.format(style);
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
            sheet.inlineString(0, c, inline(columns.get(c).name()));
            style(sheet.style(0, c), BOLD).set();
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
                style(sheet.style(row, col), AMOUNT).set();
            }
        } else if (value instanceof Boolean bool) {
            sheet.value(row, col, bool);
        } else if (value instanceof LocalDate date) {
            sheet.value(row, col, date);
            style(sheet.style(row, col), DATE).set();
        } else {
            sheet.inlineString(row, col, inline(Cells.spreadsheetText(type, value)));
        }
    }

    /**
     * A text in the cell itself rather than in the workbook's table of shared texts, so that a sheet depends on its own
     * cells alone, as one run of plain text whose spaces and line breaks are kept as they are.
     */
    private static RichText inline(String text) {
        return RichText.builder().run(text).end().build();
    }

    /**
     * The workbook's entries, compressed, in its order: every zip timestamp and the creation date in its properties set
     * to the data date; the sheets in {@code kept} as they are; the entries that did not change since serve's last
     * export not compressed again; the others compressed on the export's threads.
     */
    private static Map<String, ZipArchives.Entry> reproducible(Map<String, byte[]> written, ExportRun context,
            Map<String, ZipArchives.Entry> kept) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(written);
        byte[] core = entries.get("docProps/core.xml");
        if (core != null) {
            String text = new String(core, StandardCharsets.UTF_8)
                    .replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z", context.dataDate() + "T00:00:00Z");
            entries.put("docProps/core.xml", text.getBytes(StandardCharsets.UTF_8));
        }
        List<String> names = List.copyOf(entries.keySet());
        List<CompletableFuture<ZipArchives.Entry>> compressed = new ArrayList<>();
        for (String name : names) {
            byte[] content = entries.get(name);
            compressed.add(kept.containsKey(name) ? CompletableFuture.completedFuture(kept.get(name))
                    : context.memo().workbook().entry(name, () -> ExportRun.sha256(content), () -> content, false, context.executor()));
        }
        List<ZipArchives.Entry> done = ZipArchives.joined(compressed);
        Map<String, ZipArchives.Entry> byName = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            byName.put(names.get(i), done.get(i));
        }
        return byName;
    }
}
