package be.openboek.export;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** {@code data/<table>.csv}: RFC 4180 (comma, CRLF, quotes only where needed), UTF-8 without BOM, a header row. */
final class CsvExporter implements Exporter {

    static final CSVFormat FORMAT = CSVFormat.RFC4180;

    @Override
    public List<ExportedFile> export(ExportContext context) throws IOException {
        List<ExportedFile> files = new ArrayList<>();
        for (TableData data : context.tables()) {
            StringWriter text = new StringWriter();
            try (CSVPrinter csv = new CSVPrinter(text, FORMAT)) {
                csv.printRecord(data.columns().stream().map(Column::name).toList());
                for (List<Object> row : data.rows()) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.size(); i++) {
                        cells.add(Cells.spreadsheetText(data.columns().get(i).type(), row.get(i)));
                    }
                    csv.printRecord(cells);
                }
            }
            files.add(context.write("data/" + data.name() + ".csv", text.toString().getBytes(StandardCharsets.UTF_8),
                    "CSV", "text/csv", data.name()));
        }
        return files;
    }
}
