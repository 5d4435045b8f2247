package be.openboek.export;

import be.openboek.model.Coded;
import be.openboek.model.Link;
import be.openboek.model.Organisation;
import be.openboek.model.PageAddress;
import be.openboek.model.PartialDate;
import be.openboek.model.Partner;
import be.openboek.model.PriceLine;
import be.openboek.model.Project;
import be.openboek.model.Service;
import be.openboek.model.Source;
import be.openboek.model.Subsidy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The published tables and their columns: the single source of truth for the CSV, JSON and XLSX files,
 * datapackage.json, the DCAT catalog and the datasets page (their words: {@link DataDictionary}). Lists of ids (the sources a row
 * cites) are one cell with the ids separated by {@code ;}; lists of structures (partners, price lines) are tables
 * of their own with a foreign key to their record.
 */
public final class TableSpecs {

    /** How ids in a list cell are separated. */
    public static final String LIST_SEPARATOR = ";";

    private TableSpecs() {
    }

    /** Every table, in the order they are published. */
    public static List<TableSpec<?>> all() {
        return List.of(subsidies(), projects(), projectPartners(), services(), priceLines(), links(), sources(), changes());
    }

    /** The rows of every table. */
    public static List<FilledTable> data(RecordsAndHistory input) {
        return all().stream().map(t -> t.data(input)).toList();
    }

    /** As {@link #data(RecordsAndHistory)}, taking the cells of unchanged rows from {@code memo} and keeping them there. */
    public static List<FilledTable> data(RecordsAndHistory input, RowCells memo) {
        Organisation organisation = input.site().organisation();
        Map<String, Map<Object, List<Object>>> before = memo.before(organisation);
        Map<String, Map<Object, List<Object>>> made = new HashMap<>();
        List<FilledTable> tables = new ArrayList<>();
        for (TableSpec<?> table : all()) {
            Map<Object, List<Object>> kept = before.getOrDefault(table.name(), Map.of());
            Map<Object, List<Object>> now = RowCells.sized(kept.size());
            tables.add(table.data(input, kept, now));
            made.put(table.name(), now);
        }
        memo.made(organisation, made);
        return List.copyOf(tables);
    }

    static TableSpec<Subsidy> subsidies() {
        return new TableSpec<>("subsidies",
                List.of(id(),
                        col("year", ColumnType.INTEGER, true, Subsidy::year),
                        col("amount", ColumnType.EURO, false, s -> euro(s.amount())),
                        col("status", ColumnType.CODE, true, s -> code(s.status())),
                        col("purpose", ColumnType.TEXT, true, Subsidy::purpose),
                        col("funder", ColumnType.TEXT, true, Subsidy::funder),
                        col("recipient", ColumnType.TEXT, true, Subsidy::recipient),
                        col("notes", ColumnType.TEXT, false, Subsidy::notes),
                        sourcesColumn(Subsidy::sources),
                        pageColumn(PageAddress::of)),
                List.of("id"), List.of(), in -> in.site().subsidies());
    }

    static TableSpec<Project> projects() {
        return new TableSpec<>("projects",
                List.of(id(),
                        col("title", ColumnType.TEXT, true, Project::title),
                        col("call", ColumnType.ID, false, Project::callId),
                        col("call_basis", ColumnType.CODE, false, p -> basis(p.call())),
                        col("period_start", ColumnType.PARTIAL_DATE, false, p -> p.period() == null ? null : iso(p.period().start())),
                        col("period_end", ColumnType.PARTIAL_DATE, false, p -> p.period() == null ? null : iso(p.period().end())),
                        col("status", ColumnType.CODE, true, p -> code(p.status())),
                        col("objective", ColumnType.TEXT, true, Project::objective),
                        col("results", ColumnType.TEXT, false, Project::results),
                        col("themes", ColumnType.TEXT, false, p -> list(p.themes())),
                        col("budget", ColumnType.EURO, false, p -> euro(p.budget())),
                        sourcesColumn(Project::sources),
                        pageColumn(PageAddress::of)),
                List.of("id"), List.of(), in -> in.site().projects());
    }

    /**
     * A partner of a project with its place in the project's list.
     *
     * @param project  the project
     * @param position 1-based place in its list
     * @param partner  the partner
     */
    record ProjectPartner(Project project, int position, Partner partner) {
    }

    static TableSpec<ProjectPartner> projectPartners() {
        return new TableSpec<>("project_partners",
                List.of(col("project_id", ColumnType.ID, true, pp -> pp.project().id()),
                        col("position", ColumnType.INTEGER, true, ProjectPartner::position),
                        col("name", ColumnType.TEXT, true, pp -> pp.partner().name()),
                        col("place", ColumnType.TEXT, false, pp -> pp.partner().place()),
                        col("role", ColumnType.CODE, true, pp -> code(pp.partner().role())),
                        pageColumn(pp -> PageAddress.of(pp.project()) + "#partners")),
                List.of("project_id", "position"), List.of(new ForeignKey("project_id", "projects", "id")),
                in -> {
                    List<ProjectPartner> rows = new ArrayList<>();
                    for (Project p : in.site().projects()) {
                        List<Partner> partners = p.partners();
                        for (int i = 0; i < partners.size(); i++) {
                            rows.add(new ProjectPartner(p, i + 1, partners.get(i)));
                        }
                    }
                    return rows;
                });
    }

    static TableSpec<Service> services() {
        return new TableSpec<>("services",
                List.of(id(),
                        col("name", ColumnType.TEXT, true, Service::name),
                        col("description", ColumnType.TEXT, true, Service::description),
                        col("launched", ColumnType.PARTIAL_DATE, false, s -> iso(s.launched())),
                        col("origin_projects", ColumnType.ID, false, s -> list(s.originProjectIds())),
                        col("origin_basis", ColumnType.CODE, false, s -> list(s.originProjects().stream().map(TableSpecs::basis).toList())),
                        col("subscribers", ColumnType.TEXT, true, Service::subscribers),
                        col("price_model", ColumnType.CODE, false, s -> code(s.priceModel())),
                        col("price_note", ColumnType.TEXT, false, Service::priceNote),
                        col("cooperative_terms", ColumnType.TEXT, false, Service::cooperativeTerms),
                        sourcesColumn(Service::sources),
                        pageColumn(PageAddress::of)),
                List.of("id"), List.of(), in -> in.site().services());
    }

    /**
     * A price line with its service and its place in the service's list.
     *
     * @param service  the service
     * @param position 1-based place in its list
     * @param line     the price line
     */
    record ServicePrice(Service service, int position, PriceLine line) {
    }

    static TableSpec<ServicePrice> priceLines() {
        return new TableSpec<>("price_lines",
                List.of(col("service_id", ColumnType.ID, true, sp -> sp.service().id()),
                        col("position", ColumnType.INTEGER, true, ServicePrice::position),
                        col("component", ColumnType.TEXT, true, sp -> sp.line().component()),
                        col("amount", ColumnType.UNIT_PRICE, false, sp -> sp.line().amount()),
                        col("unit", ColumnType.CODE, true, sp -> code(sp.line().unit())),
                        col("vat_included", ColumnType.BOOLEAN, false, sp -> sp.line().vatIncluded()),
                        col("valid_from", ColumnType.DATE, true, sp -> sp.line().validFrom()),
                        col("valid_to", ColumnType.DATE, false, sp -> sp.line().validTo()),
                        col("notes", ColumnType.TEXT, false, sp -> sp.line().notes()),
                        col("sources", ColumnType.ID, true, sp -> list(sp.line().sources())),
                        pageColumn(sp -> PageAddress.of(sp.service()) + "#prijzen")),
                List.of("service_id", "position"), List.of(new ForeignKey("service_id", "services", "id")),
                in -> {
                    List<ServicePrice> rows = new ArrayList<>();
                    for (Service s : in.site().services()) {
                        List<PriceLine> prices = s.prices();
                        for (int i = 0; i < prices.size(); i++) {
                            rows.add(new ServicePrice(s, i + 1, prices.get(i)));
                        }
                    }
                    return rows;
                });
    }

    static TableSpec<Source> sources() {
        return new TableSpec<>("sources",
                List.of(id(),
                        col("title", ColumnType.TEXT, true, Source::title),
                        col("kind", ColumnType.CODE, true, s -> code(s.kind())),
                        col("date", ColumnType.PARTIAL_DATE, false, s -> iso(s.date())),
                        col("date_approximate", ColumnType.BOOLEAN, true, Source::dateApproximate),
                        col("publisher", ColumnType.TEXT, true, Source::publisher),
                        col("source_url", ColumnType.URL, false, Source::url),
                        col("notes", ColumnType.TEXT, false, Source::notes),
                        pageColumn(PageAddress::of)),
                List.of("id"), List.of(), in -> in.site().sources());
    }

    /** The links between records, each pointing at the page of the record that holds it. */
    static TableSpec<LinksTable.Row> links() {
        return LinksTable.links().with(pageColumn(r -> PageAddress.of(r.recordType(), r.recordId())));
    }

    /**
     * The change log, each change pointing at the page of the record it changed; at the change log's own page for a
     * change without a record (the organisation) or of a record the site no longer has.
     */
    static TableSpec<ChangesTable.Row> changes() {
        return ChangesTable.changes().with(col("url", ColumnType.URL, true,
                r -> new TableSpec.RecordPage(r.change().recordType(), r.change().recordId(), "changes/")));
    }

    /**
     * The column {@code url}: the absolute address of the page that shows the row (for a row without a page of its
     * own, such as a partner or a price line, its record's page), so that a row can be linked and cited.
     */
    static <R> Column<R> pageColumn(Function<R, String> path) {
        return col("url", ColumnType.URL, true, r -> new TableSpec.SitePath(path.apply(r)));
    }

    static <R> Column<R> col(String name, ColumnType type, boolean required, Function<R, Object> value) {
        return new Column<>(name, type, required, value);
    }

    private static <R extends be.openboek.model.Identified> Column<R> id() {
        return col("id", ColumnType.ID, true, be.openboek.model.Identified::id);
    }

    private static <R> Column<R> sourcesColumn(Function<R, List<String>> sources) {
        return col("sources", ColumnType.ID, true, r -> list(sources.apply(r)));
    }

    /** Subsidy and budget amounts are whole cents: always written with two decimals. */
    static BigDecimal euro(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** What a link rests on, as its code; null without a link (or for one that says neither, which validation refuses). */
    static String basis(Link link) {
        return link == null ? null : code(link.basis());
    }

    static String code(Coded value) {
        return value == null ? null : value.code();
    }

    private static String iso(PartialDate date) {
        return date == null ? null : date.iso();
    }

    static String list(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(LIST_SEPARATOR, values);
    }
}
