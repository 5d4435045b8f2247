package be.openboek.render;

import be.openboek.export.DataDate;
import be.openboek.export.WrittenDatasets;
import java.time.LocalDate;
import be.openboek.history.History;
import be.openboek.model.Identified;
import be.openboek.model.Site;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * What a page read from the model while it was rendered, so that serve renders again only the pages whose inputs
 * changed. Every {@link SiteView} method a template can call names the part of the model it reads ({@link #read});
 * while a page renders, those names are collected on its thread. An input is a name such as {@code project/bieblo},
 * {@code services-from/bieblo}, {@code projects} (the whole list) or {@code everything}; {@link #value} gives its
 * current value. A page is up to date when the values of all the inputs it read are equal to those it was rendered
 * with, and so are the templates and the page itself (type, address, title, record).
 */
public final class PageInputs {

    /** The input read by {@code site.model}: every part of the model. */
    static final String EVERYTHING = "everything";

    /** The input read by {@code site.dataDate}. */
    static final String DATA_DATE = "data-date";

    /** The input read by {@code site.projectsByStatus}: the number of projects at each status. */
    static final String PROJECTS_BY_STATUS = "projects-by-status";

    /** The input read by {@code site.projectCount}. */
    static final String PROJECT_COUNT = "project-count";

    private static final ThreadLocal<Set<String>> READING = new ThreadLocal<>();

    private final Site site;
    private final History history;
    private final Supplier<WrittenDatasets> datasets;
    private final RecordIndex index;
    private final ModelLookups lookups;

    /** @param lookups the record index and tables of {@code site} and {@code history} */
    PageInputs(WrittenDatasets datasets, ModelLookups lookups) {
        this.site = lookups.site();
        this.history = lookups.history();
        this.datasets = () -> datasets;
        this.index = lookups.index();
        this.lookups = lookups;
    }

    /** Notes that the page rendering on this thread read {@code input}; nothing when no page is recording. */
    static void read(String input) {
        Set<String> inputs = READING.get();
        if (inputs != null) {
            inputs.add(input);
        }
    }

    /** Runs {@code render} on this thread and returns the inputs it read, sorted. */
    static Set<String> recording(ThrowingRunnable render) throws Exception {
        Set<String> inputs = new TreeSet<>();
        READING.set(inputs);
        try {
            render.run();
        } finally {
            READING.remove();
        }
        return inputs;
    }

    /** A page rendering. */
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    /**
     * The current value of {@code input}: records, lists of them or text. Two builds whose values of an input are
     * equal read the same.
     */
    Object value(String input) {
        int slash = input.indexOf('/');
        String kind = slash < 0 ? input : input.substring(0, slash);
        String id = slash < 0 ? "" : input.substring(slash + 1);
        return switch (kind) {
            case "organisation" -> site.organisation();
            case "sources" -> site.sources();
            case "calls" -> site.calls();
            case "subsidies" -> site.subsidies();
            case "projects" -> site.projects();
            case PROJECTS_BY_STATUS -> SiteView.countByStatus(site.projects());
            case PROJECT_COUNT -> site.projects().size();
            case "services" -> site.services();
            case "questions" -> site.questions();
            case "pages" -> site.pages();
            case "history" -> List.of(history.available(), history.reason(), history.fix(), history.commits(),
                    new TreeMap<>(history.lastChanged()), String.valueOf(history.gap()));
            case "datasets" -> Optional.ofNullable(datasets.get());
            case DATA_DATE -> dataDate(site, history);
            case "project" -> index.project(id);
            case "service" -> index.service(id);
            case "source" -> index.source(id);
            case "call" -> index.call(id);
            case "services-from" -> index.servicesFrom(id);
            case "projects-of-call" -> index.projectsOfCall(id);
            case "cited-by" -> index.citedBy(id);
            case "last-changed" -> lastChanged(id);
            case "table" -> lookups.tableHead(id);
            case "table-rows" -> tableRows(id);
            case EVERYTHING -> List.of(site, value("history"), Optional.ofNullable(datasets.get()));
            default -> "unknown " + input;
        };
    }

    /**
     * The date of the data, as the export gives it to the datasets ({@link DataDate}); worked out here rather than read
     * from the datasets, which the record pages would then have to wait for.
     */
    static LocalDate dataDate(Site site, History history) {
        return DataDate.of(site, history);
    }

    /** {@code subsidies/250/500}: the cells of those rows of that table. */
    private Object tableRows(String nameFromTo) {
        String[] parts = nameFromTo.split("/");
        return parts.length != 3 ? "unknown" : lookups.tableRows(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }

    /** The input a table page reads for its rows, {@code table-rows/<table>/<from>/<to>} (see {@link ModelLookups#tableRows}). */
    static String tableRowsInput(String table, int from, int to) {
        return "table-rows/" + table + "/" + from + "/" + to;
    }

    /** {@code Project/bieblo}: the day that record last changed. */
    private String lastChanged(String typeAndId) {
        int slash = typeAndId.indexOf('/');
        Identified record = slash < 0 ? null : index.record(typeAndId.substring(0, slash), typeAndId.substring(slash + 1));
        return record == null ? "none" : String.valueOf(history.lastChanged(record).orElse(null));
    }

    /** The input {@code last-changed/<type>/<id>} of a record. */
    static String lastChangedInput(Identified record) {
        return "last-changed/" + record.getClass().getSimpleName() + "/" + record.id();
    }


}
