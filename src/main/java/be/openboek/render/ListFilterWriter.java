package be.openboek.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private final ObjectMapper json = new ObjectMapper();

    /**
     * Writes the two files of every paged list of {@code plan}, read from its pages in {@code pages}, into the list's
     * folder under {@code output} (the same folder for a build; serve stages them beside the published pages).
     */
    void write(PagePlan plan, Path pages, Path output) throws IOException {
        Map<String, List<Page>> lists = new LinkedHashMap<>();
        for (Page page : plan.pages()) {
            if (page.record() instanceof ListPart part) {
                String folder = page.uri().substring(0, page.uri().indexOf(part.list() + "/") + part.list().length() + 1);
                lists.computeIfAbsent(folder, f -> new ArrayList<>()).add(page);
            }
        }
        for (Map.Entry<String, List<Page>> list : lists.entrySet()) {
            write(list.getValue(), pages, Files.createDirectories(output.resolve(list.getKey())));
        }
    }

    private void write(List<Page> listPages, Path pages, Path folder) throws IOException {
        List<Map<String, Integer>> seen = new ArrayList<>();
        ArrayNode columns = json.createArrayNode();
        ArrayNode rows = json.createArrayNode();
        List<Integer> filtered = null;
        for (Page page : listPages) {
            Document html = Jsoup.parse(pages.resolve(page.uri()).toFile());
            Element host = html.selectFirst("[data-filterable]");
            if (host == null) {
                continue;
            }
            if (filtered == null) {
                filtered = new ArrayList<>();
                int column = 0;
                for (Element th : host.select("thead").first().select("tr").first().children()) {
                    if (th.hasAttr("data-filter")) {
                        filtered.add(column);
                        seen.add(new LinkedHashMap<>());
                        columns.addObject().put("label", th.hasAttr("data-filter-label") ? th.attr("data-filter-label") : th.text())
                                .putArray("options");
                    }
                    column++;
                }
            }
            for (Element row : host.select("tbody > tr")) {
                ArrayNode line = rows.addArray().add(row.attr("data-id")).add(((ListPart) page.record()).number());
                List<Element> cells = row.children();
                for (int f = 0; f < filtered.size(); f++) {
                    ArrayNode indexes = line.addArray();
                    Element cell = cells.get(filtered.get(f));
                    for (String[] value : values(cell)) {
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
        Files.write(folder.resolve(OPTIONS), json.writeValueAsBytes(options));
        ObjectNode all = json.createObjectNode();
        all.set("rows", rows);
        Files.write(folder.resolve(ROWS), json.writeValueAsBytes(all));
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
