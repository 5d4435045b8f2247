package be.openboek.render;

import be.openboek.export.DataDictionary;
import be.openboek.export.FilledTable;
import be.openboek.export.TableSpecs;
import be.openboek.export.WrittenDatasets;
import be.openboek.format.Labels;
import be.openboek.format.Language;
import be.openboek.format.RecordText;
import be.openboek.history.History;
import be.openboek.model.AnswerPage;
import be.openboek.model.Call;
import be.openboek.model.Coded;
import be.openboek.model.Contact;
import be.openboek.model.FieldRecord;
import be.openboek.model.Identified;
import be.openboek.model.Project;
import be.openboek.model.ProjectStatus;
import be.openboek.model.Question;
import be.openboek.model.Service;
import be.openboek.model.Site;
import be.openboek.model.Source;
import be.openboek.model.Subsidy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * What templates see as {@code site}: the model plus the lookups and sums pages need (per-year
 * totals, source numbers for footnotes, labels for codes in the page's language). Read-only.
 * Every method that reads the model names what it reads with {@link PageInputs#read}, so that serve knows which
 * pages to render again: a new method must do the same (SiteViewInputsTest fails when one does not).
 */
public final class SiteView {

    /**
     * The subsidy lines of one year.
     *
     * @param year       the year
     * @param lines      its lines, in id order
     * @param total      sum of the amounts that are known
     * @param incomplete whether a line has no published amount
     */
    public record Year(int year, List<Subsidy> lines, BigDecimal total, boolean incomplete) {

        /** Whether at least one line of the year has a published amount (else the total says nothing). */
        public boolean published() {
            return lines.stream().anyMatch(l -> l.amount() != null);
        }
    }

    /**
     * A link from a question to the page that answers it.
     *
     * @param href   path relative to the home of the page's language
     * @param title  link text: a section's name, or a record's text as the page shows it
     * @param record the record's text when the title is one (see {@link RecordText}), else null
     * @param basis  the link as written, with its sources or our reading
     */
    public record Link(String href, String title, RecordText record, AnswerPage basis) {
    }

    private final Site site;
    private final History history;
    private final Supplier<WrittenDatasets> datasets;
    private final Language language;
    private final RecordIndex index;
    /** {@link #getProjectsByStatus()}, once counted. */
    private volatile Map<String, Long> projectsByStatus;
    /** {@link #getYears()}, once grouped. */
    private volatile List<Year> subsidyYears;
    /** Each subsidy line's place in the order of {@link #getYears()}, once worked out. */
    private volatile Map<Subsidy, Integer> subsidyPositions;
    private final Map<String, Integer> sourceNumbers = new LinkedHashMap<>();
    /** The record index and the rows of every table, made once for the pages of both languages. */
    private final ModelLookups lookups;

    public SiteView(Site site) {
        this(site, History.unavailable("de geschiedenis werd niet gelezen", ""));
    }

    /** @param history the change history of the records, shown on the changes page and the record pages */
    public SiteView(Site site, History history) {
        this(site, history, (WrittenDatasets) null);
    }

    /**
     * @param history  the change history of the records, shown on the changes page and the record pages
     * @param datasets what the export wrote, for the datasets page; null when nothing was exported
     */
    public SiteView(Site site, History history, WrittenDatasets datasets) {
        this(site, history, () -> datasets, Language.NL, new ModelLookups(site, history));
    }

    /**
     * @param history  the change history of the records, shown on the changes page and the record pages
     * @param datasets what the export wrote (or is writing: the datasets page waits for it), or null when nothing
     */
    public SiteView(Site site, History history, Supplier<WrittenDatasets> datasets) {
        this(site, history, datasets, Language.NL, new ModelLookups(site, history));
    }

    /** @param lookups the record index and tables of this model, shared with the plan and serve (see {@link ModelLookups}) */
    SiteView(Site site, History history, Supplier<WrittenDatasets> datasets, ModelLookups lookups) {
        this(site, history, datasets, Language.NL, lookups);
    }

    /** {@link #getDataDate}, worked out once: every record page cites it. */
    private volatile LocalDate dataDate;

    private SiteView(Site site, History history, Supplier<WrittenDatasets> datasets, Language language, ModelLookups lookups) {
        this.site = site;
        this.lookups = lookups;
        this.history = history;
        this.datasets = datasets;
        this.language = language;
        this.index = lookups.index();
        List<Source> sources = site.sources();
        for (int i = 0; i < sources.size(); i++) {
            sourceNumbers.put(sources.get(i).id(), i + 1);
        }
    }

    /** The same view for pages in {@code language}: labels of codes and section names in that language. */
    public SiteView in(Language language) {
        return language == this.language ? this : new SiteView(site, history, datasets, language, lookups);
    }

    /** The published datasets with their files, sizes and checksums ({@code site.datasets}), or null. */
    public WrittenDatasets getDatasets() {
        PageInputs.read("datasets");
        WrittenDatasets written = datasets.get();
        return written == null ? null : written.in(language);
    }

    /**
     * A published table with all its rows ({@code site.table("subsidies")}), in the words of the page's language, or
     * null when there is no such table. The rows are made by the same table definitions
     * ({@link TableSpecs}) from the same records and history as the exported files, so each cell reads as in the CSV.
     */
    public TableView table(String name) {
        // The table as a whole (its size, what its description adds) and the base address; the rows a page shows are
        // read by TableView.rows, so that serve renders a table's page again only when its own rows changed.
        PageInputs.read("table/" + name);
        PageInputs.read("organisation");
        FilledTable data = lookups.table(name);
        if (data == null) {
            return null;
        }
        String base = site.organisation().baseUrl();
        return new TableView(data, DataDictionary.of(language), base.endsWith("/") ? base : base + "/");
    }

    /**
     * The date of the data ({@code site.dataDate}), as the datasets give it. Citations name it. Its own input, so that
     * a record page does not depend on the datasets.
     */
    public LocalDate getDataDate() {
        PageInputs.read(PageInputs.DATA_DATE);
        LocalDate date = dataDate;
        if (date == null) {
            date = PageInputs.dataDate(site, history);
            dataDate = date;
        }
        return date;
    }

    /** The change history of the records (or why there is none), as {@code site.history} in templates. */
    public History getHistory() {
        PageInputs.read("history");
        return history;
    }

    /** The day a record last changed in a commit, or null when not known. */
    public LocalDate lastChanged(Identified record) {
        PageInputs.read(PageInputs.lastChangedInput(record));
        return history.lastChanged(record).orElse(null);
    }

    /** The pages of content/ ({@code site.pages}), e.g. for the navigation. */
    public List<be.openboek.model.ContentPage> getPages() {
        PageInputs.read("pages");
        return site.pages();
    }

    /**
     * The prices that hold at the end of the record: per component and unit, the one that starts last, when it has
     * no end date. Derived from {@code service} alone (the page already depends on it), without a clock.
     */
    public List<be.openboek.model.PriceLine> currentPrices(Service service) {
        Map<String, be.openboek.model.PriceLine> latest = new LinkedHashMap<>();
        for (be.openboek.model.PriceLine line : service.prices()) {
            latest.merge(line.component() + "|" + line.unit().code(), line,
                    (a, b) -> b.validFrom().isAfter(a.validFrom()) ? b : a);
        }
        return latest.values().stream().filter(line -> line.validTo() == null).toList();
    }

    /** The whole model; a page that reads it is rendered again on any change, so prefer the getters above. */
    public Site getModel() {
        PageInputs.read(PageInputs.EVERYTHING);
        return site;
    }

    public be.openboek.model.Organisation getOrganisation() {
        PageInputs.read("organisation");
        return site.organisation();
    }

    /** The organisation's contact, read as an e-mail address, a web address or neither (footer, "report an error"). */
    public Contact getContact() {
        PageInputs.read("organisation");
        return Contact.of(site.organisation().contact());
    }

    public List<Source> getSources() {
        PageInputs.read("sources");
        return site.sources();
    }

    public List<Call> getCalls() {
        PageInputs.read("calls");
        return site.calls();
    }

    public List<Subsidy> getSubsidies() {
        PageInputs.read("subsidies");
        return site.subsidies();
    }

    public List<Project> getProjects() {
        PageInputs.read("projects");
        return site.projects();
    }

    public List<Service> getServices() {
        PageInputs.read("services");
        return site.services();
    }

    public List<Question> getQuestions() {
        PageInputs.read("questions");
        return site.questions();
    }

    /** Subsidy lines grouped by year, oldest first. */
    public List<Year> getYears() {
        PageInputs.read("subsidies");
        List<Year> years = subsidyYears;
        if (years == null) {
            subsidyYears = years = years(site.subsidies());
        }
        return years;
    }

    /** The most rows of a list page ({@link ListPaging}): also the most records a lineage lists on one page. */
    public int getListRows() {
        return ListPaging.current().rows();
    }

    /**
     * Whether the subsidies list is paged ({@link ListPaging}): the home page then gives the totals per year and
     * leads to the list rather than showing every line.
     */
    public boolean isSubsidyListPaged() {
        PageInputs.read("subsidies");
        return ListPaging.current().pages(site.subsidies().size());
    }

    /**
     * Where a subsidy line is on the subsidies list, relative to the home of a language: {@code subsidies/#<id>}, or
     * {@code subsidies/page/<n>/#<id>} when the list is paged ({@link ListPaging}) and the line is on page n.
     */
    public String subsidyListAddress(Subsidy line) {
        List<Year> years = getYears();
        Map<Subsidy, Integer> positions = subsidyPositions;
        if (positions == null) {
            // Where each line is in the list, worked out once: every line of the home page and the lists asks.
            Map<Subsidy, Integer> first = new HashMap<>();
            years.stream().flatMap(y -> y.lines().stream()).forEach(s -> first.putIfAbsent(s, first.size()));
            subsidyPositions = positions = first;
        }
        return subsidyPage(site.subsidies().size(), positions.getOrDefault(line, -1)) + "#" + line.id();
    }

    /** Where a year's lines start on the subsidies list: {@code subsidies/#jaar-<year>}, or on the page of its first line. */
    public String yearListAddress(int year) {
        List<Subsidy> order = getYears().stream().flatMap(y -> y.lines().stream()).toList();
        int first = 0;
        while (first < order.size() && order.get(first).year() != year) {
            first++;
        }
        return subsidyPage(order.size(), first) + "#jaar-" + year;
    }

    private static String subsidyPage(int lines, int position) {
        ListPaging paging = ListPaging.current();
        int page = !paging.pages(lines) || position < 0 ? 1 : position / paging.rows() + 1;
        return "subsidies/" + (page == 1 ? "" : "page/" + page + "/");
    }

    /** {@code subsidies} grouped by year, oldest first. */
    static List<Year> years(List<Subsidy> subsidies) {
        Map<Integer, List<Subsidy>> byYear = new TreeMap<>();
        for (Subsidy s : subsidies) {
            byYear.computeIfAbsent(s.year(), y -> new ArrayList<>()).add(s);
        }
        List<Year> years = new ArrayList<>();
        byYear.forEach((year, lines) -> {
            BigDecimal total = lines.stream().map(Subsidy::amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean incomplete = lines.stream().anyMatch(l -> l.amount() == null);
            years.add(new Year(year, List.copyOf(lines), total, incomplete));
        });
        return years;
    }

    /**
     * The years without a single subsidy line, from the year the organisation was founded (or its first line, if
     * earlier) to its last line, oldest first: the pages say in words that the sources are silent there.
     */
    public List<String> getYearsWithoutLines() {
        PageInputs.read("subsidies");
        PageInputs.read("organisation");
        if (site.subsidies().isEmpty()) {
            return List.of();
        }
        TreeSet<Integer> years = new TreeSet<>();
        site.subsidies().forEach(s -> years.add(s.year()));
        int first = years.first();
        if (site.organisation().founded() != null) {
            first = Math.min(first, site.organisation().founded().getYear());
        }
        int last = years.last();
        List<String> missing = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            if (!years.contains(year)) {
                missing.add(String.valueOf(year));
            }
        }
        return missing;
    }

    /**
     * How many projects are at each lifecycle status, in lifecycle order. Read as an input of its own: a page that shows
     * only the counts (the projects list's funnel) is not rendered again when a project changes but not its status.
     */
    public Map<String, Long> getProjectsByStatus() {
        PageInputs.read(PageInputs.PROJECTS_BY_STATUS);
        Map<String, Long> counts = projectsByStatus;
        if (counts == null) {
            // Counted once: every page of a paged projects list asks, and 100,000 records make hundreds of pages.
            projectsByStatus = counts = countByStatus(site.projects());
        }
        return counts;
    }

    /** The number of {@code projects} at each lifecycle status, in lifecycle order. */
    static Map<String, Long> countByStatus(List<Project> projects) {
        Map<ProjectStatus, Long> byStatus = new EnumMap<>(ProjectStatus.class);
        projects.stream().filter(p -> p.status() != null).forEach(p -> byStatus.merge(p.status(), 1L, Long::sum));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ProjectStatus status : ProjectStatus.values()) {
            counts.put(status.code(), byStatus.getOrDefault(status, 0L));
        }
        return Collections.unmodifiableMap(counts);
    }

    /** How many projects there are (an input of its own, as {@link #getProjectsByStatus}). */
    public int getProjectCount() {
        PageInputs.read(PageInputs.PROJECT_COUNT);
        return site.projects().size();
    }

    /** The footnote number of a source: its place on the sources page. */
    public int sourceNumber(String id) {
        PageInputs.read("sources");
        return sourceNumbers.getOrDefault(id, 0);
    }

    public Source source(String id) {
        PageInputs.read("source/" + id);
        return index.source(id);
    }

    public Project project(String id) {
        PageInputs.read("project/" + id);
        return index.project(id);
    }

    public Service service(String id) {
        PageInputs.read("service/" + id);
        return index.service(id);
    }

    public Call call(String id) {
        PageInputs.read("call/" + id);
        return index.call(id);
    }

    /** The services scaled up from a project. */
    public List<Service> servicesFrom(String projectId) {
        PageInputs.read("services-from/" + projectId);
        return index.servicesFrom(projectId);
    }

    /** The projects selected in a call: those that name it as their call. */
    public List<Project> projectsOfCall(String callId) {
        PageInputs.read("projects-of-call/" + callId);
        return index.projectsOfCall(callId);
    }

    /** The records that cite a source, by type: its lineage. */
    public CitedBy citedBy(String sourceId) {
        PageInputs.read("cited-by/" + sourceId);
        return index.citedBy(sourceId);
    }

    /** The projects, sources and services a question is answered by, as links. */
    public List<Link> answers(Question question) {
        List<Link> links = new ArrayList<>();
        for (AnswerPage page : question.answeredBy()) {
            String[] parts = page.target().split("/", 2);
            if (parts.length == 1) {
                links.add(new Link(parts[0] + "/", label("section." + parts[0]), null, page));
            } else {
                RecordText title = switch (parts[0]) {
                    case "projects" -> Optional.ofNullable(project(parts[1])).map(p -> text(p, "title")).orElse(null);
                    case "services" -> Optional.ofNullable(service(parts[1])).map(s -> text(s, "name")).orElse(null);
                    case "sources" -> Optional.ofNullable(source(parts[1])).map(s -> text(s, "title")).orElse(null);
                    default -> null;
                };
                if (title == null) {
                    // An id the validator let through without a record (a subsidy line): its id, which is no text.
                    title = new RecordText(parts[1], false, false, null);
                }
                String href = parts[0] + "/" + parts[1] + "/";
                links.add(new Link(href, title.text(), title, page));
            }
        }
        return links;
    }

    /**
     * A record's text in the page's language ({@code site.text(project, "title")}): on English pages its English
     * version ({@code title_en}) where staff wrote one, else the Dutch, marked as such (see {@link RecordText}). The
     * layout's {@code text} function prints it with its {@code lang} and note.
     */
    public RecordText text(FieldRecord record, String field) {
        return RecordText.of(record, field, language);
    }

    /** A record's list of texts in the page's language ({@code site.texts(project, "themes")}), as {@link #text}. */
    public RecordText.Items texts(FieldRecord record, String field) {
        return RecordText.items(record, field, language);
    }

    /** The label of a code in the page's language, e.g. {@code scaled_up} of a project status: "opgeschaald". */
    public String label(Coded value) {
        return Labels.of(value, language.code());
    }

    /** The label for a key in labels_<lang>.properties; the key itself when missing, so a gap shows. */
    public String label(String key) {
        return Labels.of(key, language.code());
    }
}
