package be.openboek.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The CSV file of every table in one {@link CsvDialect}: a header row, CRLF. Text is always quoted, so a reader that
 * honours quotes never splits it on a comma, semicolon or tab inside it; numbers, amounts, dates and booleans are
 * plain values. Text is also neutralised against formulas ({@link Formulas}), for readers that split without regard
 * to quotes.
 */
final class CsvExporter implements Exporter {

    private final CsvDialect dialect;

    CsvExporter(CsvDialect dialect) {
        this.dialect = dialect;
    }

    CsvDialect dialect() {
        return dialect;
    }

    @Override
    public List<WrittenFile> export(ExportRun context) throws IOException {
        CSVFormat format = dialect.csv();
        CSVFormat quoted = format.builder().setQuoteMode(QuoteMode.ALL).get();
        List<WrittenFile> files = new ArrayList<>();
        for (FilledTable data : context.tables()) {
            files.add(context.tableFile("csv " + dialect.name(), data, () -> write(context, data, format, quoted)));
        }
        return files;
    }

    private WrittenFile write(ExportRun context, FilledTable data, CSVFormat format, CSVFormat quoted) throws IOException {
        StringBuilder text = new StringBuilder();
        if (dialect.byteOrderMark()) {
            text.append('\uFEFF');
        }
        List<? extends Column<?>> columns = data.columns();
        for (int i = 0; i < columns.size(); i++) {
            format.print(columns.get(i).name(), text, i == 0);
        }
        format.println(text);
        for (List<Object> row : data.rows()) {
            for (int i = 0; i < row.size(); i++) {
                ColumnType type = columns.get(i).type();
                String cell = dialect.cell(type, row.get(i));
                // An empty cell holds no text (the sources do not give the value): it stays empty.
                (type.isText() && !cell.isEmpty() ? quoted : format).print(cell, text, i == 0);
            }
            format.println(text);
        }
        return context.write(dialect.path(data.name()), text.toString().getBytes(StandardCharsets.UTF_8),
                dialect.formatName(), "text/csv", data.name());
    }
}
