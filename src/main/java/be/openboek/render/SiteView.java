package be.openboek.render;

import be.openboek.export.ExportManifest;
import be.openboek.history.History;
import be.openboek.model.Call;
import be.openboek.model.Coded;
import be.openboek.model.Identified;
import be.openboek.model.Labels;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What templates see as {@code site}: the model plus the lookups and sums pages need (per-year
 * totals, source numbers for footnotes, Dutch labels for codes). Read-only.
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
    }

    /**
     * A link from a question to the page that answers it.
     *
     * @param href  path relative to the site root
     * @param title link text
     */
    public record Link(String href, String title) {
    }

    private final Site site;
    private final History history;
    private final ExportManifest datasets;
    private final Map<String, Integer> sourceNumbers = new LinkedHashMap<>();

    public SiteView(Site site) {
        this(site, History.unavailable("de geschiedenis werd niet gelezen", ""));
    }

    /** @param history the change history of the records, shown on the changes page and the record pages */
    public SiteView(Site site, History history) {
        this(site, history, null);
    }

    /**
     * @param history  the change history of the records, shown on the changes page and the record pages
     * @param datasets what the export wrote, for the datasets page; null when nothing was exported
     */
    public SiteView(Site site, History history, ExportManifest datasets) {
        this.site = site;
        this.history = history;
        this.datasets = datasets;
        List<Source> sources = site.sources();
        for (int i = 0; i < sources.size(); i++) {
            sourceNumbers.put(sources.get(i).id(), i + 1);
        }
    }

    /** The published datasets with their files, sizes and checksums ({@code site.datasets}), or null. */
    public ExportManifest getDatasets() {
        return datasets;
    }

    /** The change history of the records (or why there is none), as {@code site.history} in templates. */
    public History getHistory() {
        return history;
    }

    /** The day a record last changed in a commit, or null when not known. */
    public LocalDate lastChanged(Identified record) {
        return history.lastChanged(record).orElse(null);
    }

    public Site getModel() {
        return site;
    }

    public be.openboek.model.Organisation getOrganisation() {
        return site.organisation();
    }

    public List<Source> getSources() {
        return site.sources();
    }

    public List<Call> getCalls() {
        return site.calls();
    }

    public List<Subsidy> getSubsidies() {
        return site.subsidies();
    }

    public List<Project> getProjects() {
        return site.projects();
    }

    public List<Service> getServices() {
        return site.services();
    }

    public List<Question> getQuestions() {
        return site.questions();
    }

    /** Subsidy lines grouped by year, oldest first. */
    public List<Year> getYears() {
        Map<Integer, List<Subsidy>> byYear = new TreeMap<>();
        for (Subsidy s : site.subsidies()) {
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

    /** How many projects are at each lifecycle status, in lifecycle order. */
    public Map<String, Long> getProjectsByStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ProjectStatus status : ProjectStatus.values()) {
            counts.put(status.code(), site.projects().stream().filter(p -> p.status() == status).count());
        }
        return counts;
    }

    /** The footnote number of a source: its place on the sources page. */
    public int sourceNumber(String id) {
        return sourceNumbers.getOrDefault(id, 0);
    }

    public Source source(String id) {
        return site.source(id).orElse(null);
    }

    public Project project(String id) {
        return site.project(id).orElse(null);
    }

    public Service service(String id) {
        return site.service(id).orElse(null);
    }

    public Call call(String id) {
        return id == null ? null : site.call(id).orElse(null);
    }

    /** The services scaled up from a project. */
    public List<Service> servicesFrom(String projectId) {
        return site.servicesFrom(projectId);
    }

    /** The projects, sources and services a question is answered by, as links. */
    public List<Link> answers(Question question) {
        List<Link> links = new ArrayList<>();
        for (String target : question.answeredBy()) {
            String[] parts = target.split("/", 2);
            if (parts.length == 1) {
                links.add(new Link(parts[0] + "/", label("section." + parts[0])));
            } else {
                String title = switch (parts[0]) {
                    case "projects" -> site.project(parts[1]).map(Project::title).orElse(parts[1]);
                    case "services" -> site.service(parts[1]).map(Service::name).orElse(parts[1]);
                    case "sources" -> site.source(parts[1]).map(Source::title).orElse(parts[1]);
                    default -> parts[1];
                };
                String href = parts[0].equals("subsidies") ? "subsidies/#" + parts[1]
                        : parts[0].equals("sources") ? "sources/#" + parts[1] : parts[0] + "/" + parts[1] + "/";
                links.add(new Link(href, title));
            }
        }
        return links;
    }

    /** The Dutch label of a code, e.g. {@code scaled_up} of a project status: "opgeschaald". */
    public String label(Coded value) {
        if (value == null) {
            return "";
        }
        return Labels.of(value);
    }

    /** The Dutch label for a key in labels_nl.properties; the key itself when missing, so a gap shows. */
    public String label(String key) {
        return Labels.of(key);
    }
}
