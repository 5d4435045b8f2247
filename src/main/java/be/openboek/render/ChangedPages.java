package be.openboek.render;

import be.openboek.export.WrittenDatasets;
import be.openboek.history.History;
import be.openboek.model.Site;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which pages of the {@link PagePlan} must be rendered, and what each rendered page read. A full build renders every
 * page ({@link #all()}) and learns what each read; {@code serve}, which keeps the previous model in memory and updates
 * the published site in place, renders a page again only when it is new, when it differs by itself (type, address,
 * title, record), or when an input it read last time has another value now. Values are compared with {@code equals}
 * between the previous and the current model (records are value objects): comparing the unchanged records costs
 * nearly nothing. An unchanged page's file stays where it is.
 */
public final class ChangedPages {

    /**
     * What the published site was made from, and what each of its pages read.
     *
     * @param lookups the record index and tables of {@code site}, kept so that the next rebuild compares with them
     *                without making them again
     * @param plan    the pages of {@code site} (with the datasets page when {@code datasets} is not null), kept for the
     *                same reason; null when not made yet
     */
    public record Published(Site site, History history, WrittenDatasets datasets, Map<String, List<String>> inputsByPage,
            ModelLookups lookups, PagePlan plan) {

        /** What a full build published: its lookups and plan are made again when a rebuild compares with them. */
        public Published(Site site, History history, WrittenDatasets datasets, Map<String, List<String>> inputsByPage) {
            this(site, history, datasets, inputsByPage, new ModelLookups(site, history), null);
        }

        /** The pages of the published site: those kept, or made now. */
        PagePlan pages() {
            return plan != null ? plan : PagePlan.of(lookups, datasets != null);
        }
    }

    private final PageInputs before;
    private final PageInputs now;
    private final WrittenDatasets datasets;
    private final ModelLookups lookups;
    private PagePlan plan;
    /** The published plan, when this pass renders the same model with the same datasets flag (serve's second pass). */
    private PagePlan samePlan;
    /** The plan of a new model, being made since this pass began; null for a full build and serve's second pass. */
    private final CompletableFuture<PagePlan> planning;
    private final Map<String, Page> oldPages;
    private final Map<String, List<String>> oldInputs;

    private ChangedPages() {
        this.before = null;
        this.now = null;
        this.datasets = null;
        this.lookups = null;
        this.planning = null;
        this.oldInputs = Map.of();
        this.oldPages = Map.of();
        this.changed = new ConcurrentHashMap<>();
        this.inputs = new ConcurrentHashMap<>();
    }

    /** Every page rendered, none left as it was: a full build into an empty folder. */
    public static ChangedPages all() {
        return new ChangedPages();
    }
    /** Whether each input compared so far has another value now; sized for the inputs of every page, not to grow. */
    private final Map<String, Boolean> changed;
    private final Map<String, List<String>> inputs;
    private final Set<String> rendered = ConcurrentHashMap.newKeySet();

    /**
     * @param published what the published site was made from
     * @param site      the current model
     * @param history   the current change log
     * @param datasets  the datasets the pages rendered now may show
     */
    public ChangedPages(Published published, Site site, History history, WrittenDatasets datasets) {
        this.before = new PageInputs(published.datasets(), published.lookups());
        this.datasets = datasets;
        // Serve's second pass of a rebuild compares the same model again: its lookups are those of the first.
        this.lookups = published.lookups().of(site, history) ? published.lookups() : new ModelLookups(site, history);
        // A new model's plan is made on another core while its record index is made here: neither needs the other.
        boolean withDatasets = datasets != null;
        this.planning = lookups == published.lookups() ? null
                : CompletableFuture.supplyAsync(() -> PagePlan.of(lookups, withDatasets));
        this.now = new PageInputs(datasets, lookups);
        PagePlan old = published.pages();
        this.oldPages = new HashMap<>(old.pages().size() * 4 / 3 + 1);
        old.pages().forEach(p -> oldPages.put(p.uri(), p));
        this.samePlan = lookups == published.lookups() && (datasets != null) == (published.datasets() != null) ? old : null;
        this.oldInputs = published.inputsByPage();
        this.changed = new ConcurrentHashMap<>(4 * oldInputs.size());
        this.inputs = new ConcurrentHashMap<>(2 * oldInputs.size());
    }

    /** The record index and tables of {@code site}: those this pass compares with, when it is of that model. */
    ModelLookups lookups(Site site, History history) {
        return lookups != null && lookups.of(site, history) ? lookups : new ModelLookups(site, history);
    }

    /** The pages of the model of {@code model}, made once for this pass when it is this pass's model. */
    PagePlan plan(ModelLookups model, boolean withDatasets) {
        if (model != lookups || withDatasets != (datasets != null)) {
            return PagePlan.of(model, withDatasets);
        }
        if (plan == null) {
            plan = samePlan != null ? samePlan : planning != null ? planned() : PagePlan.of(lookups, withDatasets);
        }
        return plan;
    }

    /** The plan made on another core, or what went wrong making it. */
    private PagePlan planned() {
        try {
            return planning.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The pages of the current model, as this pass renders them. */
    public PagePlan plan() {
        return plan(lookups, datasets != null);
    }

    /** What the site is made from once this pass's pages are in place, with {@code datasets} published beside them. */
    public Published published(WrittenDatasets datasets) {
        // The plan goes with it when it is that of these datasets (with or without the datasets page).
        return new Published(lookups.site(), lookups.history(), datasets, inputsByPage(), lookups,
                plan != null && (datasets != null) == (this.datasets != null) ? plan : null);
    }

    /**
     * Whether the published site showed {@code page}'s record at its address as it is now: false for the pages of a
     * record that is neither new nor edited, whose pages serve puts in place after those of the new and edited ones.
     * Every page, for a full build. Only the record at the same address is compared: an unchanged record file gives
     * the very same record again (the loader's memo), a list file (sources, subsidies) an equal one.
     */
    boolean isNewOrChanged(Page page) {
        Page old = oldPages.get(page.uri());
        return old == null || old.record() != page.record() && !Objects.equals(old.record(), page.record());
    }

    /** True when {@code page} is unchanged since it was published and its file can stay as it is. */
    boolean unchanged(Page page) {
        Page old = oldPages.get(page.uri());
        List<String> read = oldInputs.get(page.uri());
        // A page is the same by itself when its type, address, title and record are (Page is a record).
        if (old == null || read == null || !old.equals(page)) {
            return false;
        }
        for (String input : read) {
            if (changed.computeIfAbsent(input, i -> !Objects.equals(before.value(i), now.value(i)))) {
                return false;
            }
        }
        inputs.put(page.uri(), read);
        return true;
    }

    /** Records that {@code page} was rendered and read {@code read}. */
    void rendered(Page page, Set<String> read) {
        inputs.put(page.uri(), List.copyOf(read));
        rendered.add(page.uri());
    }

    /** The addresses of the pages rendered in this pass. */
    public Set<String> rendered() {
        return Set.copyOf(rendered);
    }

    /** What every page of the current plan read, for the next pass. */
    public Map<String, List<String>> inputsByPage() {
        // A view, not a copy: the pages are all rendered when the published state is made.
        return java.util.Collections.unmodifiableMap(inputs);
    }

    /** The addresses of the pages the published site had and the current plan has no more, sorted. */
    public Set<String> removed(PagePlan current) {
        // The addresses of a plan are distinct: as many pages, all of them published before, are the same pages.
        if (current.pages().size() == oldPages.size() && current.pages().stream().allMatch(p -> oldPages.containsKey(p.uri()))) {
            return Set.of();
        }
        Set<String> now = new java.util.HashSet<>(current.pages().size() * 4 / 3 + 1);
        current.pages().forEach(p -> now.add(p.uri()));
        Set<String> gone = new java.util.TreeSet<>();
        oldPages.keySet().stream().filter(uri -> !now.contains(uri)).forEach(gone::add);
        return gone;
    }
}
