package be.openboek.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * For every paged list ({@link ListPart}), what {@code assets/lists.js} needs to filter all its rows, not only those of
 * the page on screen: {@code <list>/filters.json} (each filter's label and choices, a few kilobytes, read when the
 * page opens) and {@code <list>/rows.json} (each row's id, page and values, read when a filter is first used).
 *
 * <p>Both are read from the rendered pages themselves, cell by cell as the script reads a one-page list (a cell's
 * {@code data-filter-value}, {@code data-filter-values}, the values inside it, or its text), so the templates stay the
 * one place that says what a row is filtered by. A list that fits one page gets neither file.
 */
final class ListFilterWriter {

    /** Where the files of a list are, relative to its folder. */
    static final String OPTIONS = "filters.json";
    static final String ROWS = "rows.json";
    /** The files of the lists that can be paged, relative to the folder of a language. */
    private static final Pattern FILES = Pattern.compile("(subsidies|projects|services)/(filters|rows)\\.json");

    /**
     * What one list page holds for the filters: the labels of its filtered columns and, for each row, its id and each
     * filtered cell's values ({@link #values}).
     */
    private record PageRows(List<String> labels, List<Row> rows) {
    }

    private record Row(String id, List<List<String[]>> values) {
    }

    /** What a page read before held, with the checksum of the file it was read from. */
    private record Read(String checksum, PageRows rows) {
    }

    private final ObjectMapper json = new ObjectMapper();
    /** By page address: what serve read from each list page, taken over while the page's checksum is the same. */
    private Map<String, Read> read = new HashMap<>();

    /** A list's files, made from its pages and what was read from them. */
    private record Made(List<Page> pages, List<Read> reads, Map<String, byte[]> files) {
    }

    /** By list folder: the files made at the last call, taken over when every page of the list read as then. */
    private Map<String, Made> made = new HashMap<>();

    /**
     * Writes the two files of every paged list of {@code plan}, read from its pages in {@code pages}, into the list's
     * folder under {@code output} (the same folder for a build; serve stages them beside the published pages).
     */
    void write(PagePlan plan, Path pages, Path output) throws IOException {
        write(plan, pages, output, uri -> null);
    }

    /**
     * As {@link #write(PagePlan, Path, Path)}, for serve: a list page whose checksum ({@code checksums}, null for
     * unknown) is the one it had at the last call is not read again; what was read from it then is used, and a list
     * whose pages all read as then has the files made then. A file is written only when it differs from the published
     * one ({@code checksums} of the files too, by their paths from the site root).
     *
     * @return the filter files of every paged list, written or as published, by their paths from the site root
     */
    Set<String> write(PagePlan plan, Path pages, Path output, Function<String, String> checksums) throws IOException {
        Map<String, Read> now = new HashMap<>();
        Map<String, Made> madeNow = new HashMap<>();
        Map<String, List<Page>> lists = new LinkedHashMap<>();
        for (Page page : plan.pages()) {
            if (page.record() instanceof ListPart part) {
                String folder = page.uri().substring(0, page.uri().indexOf(part.list() + "/") + part.list().length() + 1);
                lists.computeIfAbsent(folder, f -> new ArrayList<>()).add(page);
            }
        }
        Set<String> files = new HashSet<>();
        for (Map.Entry<String, List<Page>> list : lists.entrySet()) {
            List<Read> reads = new ArrayList<>();
            for (Page page : list.getValue()) {
                String checksum = checksums.apply(page.uri());
                Read before = this.read.get(page.uri());
                Read again = before != null && checksum != null && checksum.equals(before.checksum()) ? before
                        : new Read(checksum, read(pages.resolve(page.uri())));
                now.put(page.uri(), again);
                reads.add(again);
            }
            // Pages all read as before, in the same places: the files are those made then.
            Made before = made.get(list.getKey());
            Made kept = before != null && sameReads(before.reads(), reads) && before.pages().equals(list.getValue()) ? before
                    : new Made(list.getValue(), reads, files(list.getValue(), reads.stream().map(Read::rows).toList()));
            madeNow.put(list.getKey(), kept);
            for (Map.Entry<String, byte[]> file : kept.files().entrySet()) {
                String path = list.getKey() + file.getKey();
                files.add(path);
                if (!PageChecksums.sha256(file.getValue()).equals(checksums.apply(path))) {
                    Files.write(Files.createDirectories(output.resolve(list.getKey())).resolve(file.getKey()), file.getValue());
                }
            }
        }
        this.read = now;
        this.made = madeNow;
        return files;
    }

    /** Whether both lists hold the very same reads, in the same order. */
    private static boolean sameReads(List<Read> before, List<Read> now) {
        if (before.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (before.get(i) != now.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code path}, relative to the folder of a language, is a file this writer writes for a paged list. */
    static boolean writes(String path) {
        return FILES.matcher(path).matches();
    }

    /** The filtered columns and the rows of a list page, or null when it has no filterable table. */
    private static PageRows read(Path file) throws IOException {
        Document html = Jsoup.parse(file.toFile());
        Element host = html.selectFirst("[data-filterable]");
        if (host == null) {
            return null;
        }
        List<Integer> filtered = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        int column = 0;
        for (Element th : host.select("thead").first().select("tr").first().children()) {
            if (th.hasAttr("data-filter")) {
                filtered.add(column);
                labels.add(th.hasAttr("data-filter-label") ? th.attr("data-filter-label") : th.text());
            }
            column++;
        }
        List<Row> rows = new ArrayList<>();
        for (Element row : host.select("tbody > tr")) {
            List<Element> cells = row.children();
            rows.add(new Row(row.attr("data-id"), filtered.stream().map(f -> values(cells.get(f))).toList()));
        }
        return new PageRows(labels, rows);
    }

    /**
     * The filter files of one list, by name, from what was read from its pages ({@code read}, one per page, null for
     * none).
     */
    private Map<String, byte[]> files(List<Page> listPages, List<PageRows> read) throws IOException {
        List<Map<String, Integer>> seen = new ArrayList<>();
        ArrayNode columns = json.createArrayNode();
        ArrayNode rows = json.createArrayNode();
        int filtered = -1;
        for (int p = 0; p < listPages.size(); p++) {
            PageRows page = read.get(p);
            if (page == null) {
                continue;
            }
            if (filtered < 0) {
                // The filtered columns are those of the first page with a filterable table, as lists.js reads them.
                filtered = page.labels().size();
                for (String label : page.labels()) {
                    seen.add(new LinkedHashMap<>());
                    columns.addObject().put("label", label).putArray("options");
                }
            }
            for (Row row : page.rows()) {
                ArrayNode line = rows.addArray().add(row.id()).add(((ListPart) listPages.get(p).record()).number());
                for (int f = 0; f < filtered; f++) {
                    ArrayNode indexes = line.addArray();
                    for (String[] value : row.values().get(f)) {
                        ArrayNode options = (ArrayNode) columns.get(f).get("options");
                        Integer index = seen.get(f).get(value[0]);
                        if (index == null) {
                            index = options.size();
                            seen.get(f).put(value[0], index);
                            options.addObject().put("value", value[0]).put("label", value[1]).put("key", value[2]);
                        }
                        indexes.add(index);
                    }
                }
            }
        }
        ObjectNode options = json.createObjectNode();
        options.put("rows", rows.size());
        options.set("columns", columns);
        ObjectNode all = json.createObjectNode();
        all.set("rows", rows);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(OPTIONS, json.writeValueAsBytes(options));
        files.put(ROWS, json.writeValueAsBytes(all));
        return files;
    }

    /** A cell's filter values as lists.js reads them: value, label and the key its choice is sorted by. */
    private static List<String[]> values(Element cell) {
        String text = cell.text();
        if (cell.hasAttr("data-filter-value")) {
            String key = cell.hasAttr("data-sort-value") ? cell.attr("data-sort-value") : text;
            return List.<String[]>of(new String[] {cell.attr("data-filter-value"), text, key});
        }
        List<String[]> values = new ArrayList<>();
        if (cell.hasAttr("data-filter-values")) {
            for (String value : cell.attr("data-filter-values").trim().split("\\s+")) {
                if (!value.isEmpty()) {
                    values.add(new String[] {value, value, value});
                }
            }
            return values;
        }
        for (Element inner : cell.select("[data-filter-value]")) {
            values.add(new String[] {inner.attr("data-filter-value"), inner.text(), inner.text()});
        }
        if (values.isEmpty()) {
            values.add(new String[] {text, text, text});
        }
        return values;
    }
}
