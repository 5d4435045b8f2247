package be.openboek.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * {@code data/<table>.csv}: RFC 4180 (comma, CRLF), UTF-8 without BOM, a header row. Text is always quoted, so a
 * reader that honours quotes never splits it on a comma, semicolon or tab inside it; numbers, amounts, dates and
 * booleans are plain machine values. Text is also neutralised against formulas ({@link Formulas}), for readers that
 * split without regard to quotes.
 */
final class CsvExporter implements Exporter {

    static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private static final CSVFormat QUOTED = FORMAT.builder().setQuoteMode(QuoteMode.ALL).get();

    @Override
    public List<WrittenFile> export(ExportRun context) throws IOException {
        List<WrittenFile> files = new ArrayList<>();
        for (FilledTable data : context.tables()) {
            StringBuilder text = new StringBuilder();
            List<? extends Column<?>> columns = data.columns();
            for (int i = 0; i < columns.size(); i++) {
                FORMAT.print(columns.get(i).name(), text, i == 0);
            }
            FORMAT.println(text);
            for (List<Object> row : data.rows()) {
                for (int i = 0; i < row.size(); i++) {
                    ColumnType type = columns.get(i).type();
                    String cell = Cells.spreadsheetText(type, row.get(i));
                    // An empty cell holds no text (the sources do not give the value): it stays empty.
                    (type.isText() && !cell.isEmpty() ? QUOTED : FORMAT).print(cell, text, i == 0);
                }
                FORMAT.println(text);
            }
            files.add(context.write("data/" + data.name() + ".csv", text.toString().getBytes(StandardCharsets.UTF_8),
                    "CSV", "text/csv", data.name()));
        }
        return files;
    }
}
