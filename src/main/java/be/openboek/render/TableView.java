package be.openboek.render;

import be.openboek.export.ColumnType;
import be.openboek.export.FilledTable;
import be.openboek.export.WrittenDatasets;
import be.openboek.export.WrittenFile;
import be.openboek.format.BelgianFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A published table as its pages show it ({@code site.table(name)} in {@code table.ftl}): the words the datasets page
 * and the data package use, its files, and its rows made from the very {@link FilledTable} the exporters write, so that
 * a cell on the page cannot differ from the CSV or JSON.
 *
 * @param dataset its title, description, columns' words and files, in the page's language
 * @param data    its rows
 * @param base    the site's base address, which starts every {@code url} cell that is a page of the site
 */
public record TableView(WrittenDatasets.Dataset dataset, FilledTable data, String base) {

    /** The formats the page links: the files of this table alone (the workbook and ZIP are on the datasets page). */
    private static final Set<String> DOWNLOADS = Set.of("CSV (BE)", "CSV", "JSON");

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
    }

    public String getName() {
        return dataset.name();
    }

    public String getTitle() {
        return dataset.title();
    }

    public String getDescription() {
        return dataset.description();
    }

    public int getRowCount() {
        return data.rows().size();
    }

    /** Its files to download: the Belgian CSV, the standard CSV and the JSON. */
    public List<WrittenFile> getDownloads() {
        return dataset.files().stream().filter(f -> DOWNLOADS.contains(f.format())).toList();
    }

    public List<ColumnView> getColumns() {
        List<ColumnView> columns = new ArrayList<>();
        for (int i = 0; i < data.columns().size(); i++) {
            ColumnType type = data.columns().get(i).type();
            columns.add(new ColumnView(dataset.columns().get(i), kind(type), type.name().toLowerCase(java.util.Locale.ROOT)));
        }
        return columns;
    }

    /** The cells of the rows of {@code page}, in the data's order. */
    public List<List<Cell>> rows(TablePage page) {
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
