package be.openboek.render;

import be.openboek.export.Column;
import be.openboek.export.ColumnType;
import be.openboek.export.DataDictionary;
import be.openboek.export.FilledTable;
import be.openboek.export.WrittenDatasets;
import be.openboek.format.BelgianFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A published table as its pages show it ({@code site.table(name)} in {@code table.ftl}): the words the datasets page
 * and the data package use ({@link DataDictionary}), its files, and its rows made from the very {@link FilledTable} the
 * exporters write, so that a cell on the page cannot differ from the CSV or JSON.
 *
 * @param data  its rows
 * @param words the words of the page's language
 * @param base  the site's base address, which starts every {@code url} cell that is a page of the site
 */
public record TableView(FilledTable data, DataDictionary words, String base) {

    /**
     * One column: its words and how its cells are shown.
     *
     * @param doc  name, title, type in words, meaning and whether every row has a value
     * @param kind {@code text}, {@code number}, {@code amount} (shown in euro, the value in {@code <data>}) or {@code url}
     * @param type its type's code ({@code euro}, {@code unit_price}, {@code date}...), for the sorting script
     */
    public record ColumnView(WrittenDatasets.ColumnDoc doc, String kind, String type) {
    }

    /**
     * One cell.
     *
     * @param value the value as the CSV and JSON give it (empty for none)
     * @param shown what the page shows: the value, or an amount in euro ({@code € 3.916.000})
     * @param path  for an address of a page of this site, that page's path from the site's root ({@code subsidies/x/});
     *              else null
     */
    public record Cell(String value, String shown, String path) {

        /**
         * The value in pieces, each amount written in a text ({@code bedrag € 3.916.000 → € 3.959.000} in the change
         * log) a piece of its own, which the page keeps on one line as it does every amount ({@code class="amount"}).
         */
        public List<Part> parts() {
            List<Part> parts = new ArrayList<>();
            Matcher amount = AMOUNT_IN_TEXT.matcher(value);
            int at = 0;
            while (amount.find()) {
                if (amount.start() > at) {
                    parts.add(new Part(value.substring(at, amount.start()), false));
                }
                parts.add(new Part(amount.group(), true));
                at = amount.end();
            }
            if (at < value.length()) {
                parts.add(new Part(value.substring(at), false));
            }
            return parts;
        }
    }

    /**
     * A piece of a cell's text.
     *
     * @param text   the piece
     * @param amount whether it is an amount in euro
     */
    public record Part(String text, boolean amount) {
    }

    /** An amount as the pages write it, in a text: the euro sign, spaces, a figure with its dots and comma. */
    private static final Pattern AMOUNT_IN_TEXT = Pattern.compile("€[\\s\u00a0\u202f]*\\d[\\d.,]*");

    /**
     * A file of the table to download.
     *
     * @param format its format's name, as on the datasets page
     * @param path   its path from the site's root
     */
    public record Download(String format, String path) {
    }

    public String getName() {
        return data.name();
    }

    public String getTitle() {
        return words.title(data.table());
    }

    /** What the table holds, with what its rows call for (that the change log is incomplete). */
    public String getDescription() {
        return words.description(data);
    }

    public int getRowCount() {
        return data.rows().size();
    }

    /**
     * Its files to download: the Belgian CSV, the standard CSV and the JSON (the workbook and ZIP of all tables are on the
     * datasets page, with every file's size, which would make these pages change with every edit of any record).
     */
    public List<Download> getDownloads() {
        // The paths and format names of export's CsvExporter and JsonExporter (TablePagesTest checks that they exist).
        return List.of(new Download("CSV (BE)", "data/be/" + data.name() + ".csv"), new Download("CSV", "data/" + data.name() + ".csv"),
                new Download("JSON", "data/" + data.name() + ".json"));
    }

    public List<ColumnView> getColumns() {
        List<ColumnView> columns = new ArrayList<>();
        for (int i = 0; i < data.columns().size(); i++) {
            Column<?> column = data.columns().get(i);
            WrittenDatasets.ColumnDoc doc = new WrittenDatasets.ColumnDoc(column.name(), words.title(data.table(), column),
                    words.type(column.type()), words.description(data.table(), column), column.required());
            columns.add(new ColumnView(doc, kind(column.type()), column.type().name().toLowerCase(Locale.ROOT)));
        }
        return columns;
    }

    /** The cells of the rows of {@code page}, in the data's order. */
    public List<List<Cell>> rows(TablePage page) {
        PageInputs.read(PageInputs.tableRowsInput(data.name(), page.from(), page.to()));
        List<String> kinds = getColumns().stream().map(ColumnView::kind).toList();
        List<List<Cell>> rows = new ArrayList<>(page.to() - page.from());
        for (int r = page.from(); r < page.to(); r++) {
            List<String> texts = data.texts(r);
            List<Cell> cells = new ArrayList<>(texts.size());
            for (int c = 0; c < texts.size(); c++) {
                cells.add(cell(texts.get(c), kinds.get(c)));
            }
            rows.add(cells);
        }
        return rows;
    }

    private Cell cell(String value, String kind) {
        if (value.isEmpty()) {
            return new Cell(value, value, null);
        }
        return switch (kind) {
            case "amount" -> new Cell(value, BelgianFormat.money(new BigDecimal(value)), null);
            case "url" -> new Cell(value, value, value.startsWith(base) ? value.substring(base.length()) : null);
            default -> new Cell(value, value, null);
        };
    }

    private static String kind(ColumnType type) {
        return switch (type) {
            case EURO, UNIT_PRICE -> "amount";
            case INTEGER -> "number";
            case URL -> "url";
            default -> "text";
        };
    }
}
