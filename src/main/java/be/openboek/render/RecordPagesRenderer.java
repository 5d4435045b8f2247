package be.openboek.render;

import be.openboek.timing.Progress;
import be.openboek.timing.Timings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jbake.app.Renderer;
import org.jbake.template.RenderingException;

/**
 * Renders the list and record pages of the {@link PagePlan} straight from the model, in parallel, through JBake's
 * {@link Renderer} (which runs our templates). They skip JBake's crawler and database, whose per-page queries make
 * stock JBake slow on many records; the {@link SiteBaker} calls this with one typed {@link RecordPages} before it
 * bakes JBake's own pages. Every rendered page records what it read (see {@link PageInputs}); for serve, a page whose
 * inputs did not change is left as it is (see {@link ChangedPages}).
 */
final class RecordPagesRenderer {

    /**
     * What to render and what to tell while rendering.
     *
     * @param plan            the pages
     * @param pages           which pages must be rendered again, and what each rendered page read
     * @param timings         where the record and list pages are timed
     * @param recordPagesDone run once the pages of the new and edited records are written (for a full build: every
     *                        record's page), before the other record pages and the list pages: serve shows an edited
     *                        record's page at once; may do nothing
     */
    record RecordPages(PagePlan plan, ChangedPages pages, Timings timings, Runnable recordPagesDone) {
    }

    private RecordPagesRenderer() {
    }

    /** Renders the pages; a failure names every page that failed, sorted. */
    static void render(Renderer renderer, RecordPages what) throws RenderingException {
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        // The pages of one record (one per language) render one after the other on one thread, so that they
        // share the conversion of its Markdown (see MarkdownRenderer); the records spread over all cores. Record pages
        // first, then the list pages: serve shows an edited record's page before the lists follow.
        List<List<Page>> records = what.plan().recordUnits();
        List<List<Page>> others = what.plan().otherUnits();
        long start = System.nanoTime();
        Progress progress = what.timings().progress();
        progress.begin("record pages", pageCount(records));
        // For serve, the pages of the records that are new or were edited come first: they are what the author looks
        // at. The pages of the records around them that show them follow. A full build renders them all at once.
        Map<Boolean, List<List<Page>>> edited = records.stream()
                .collect(Collectors.partitioningBy(u -> what.pages().isNewOrChanged(u.get(0))));
        render(edited.get(true), renderer, what.pages(), errors, progress);
        long recordsDone = what.timings().addSince("bake: record pages", start);
        if (errors.isEmpty()) {
            what.recordPagesDone().run();
        }
        if (!edited.get(false).isEmpty()) {
            render(edited.get(false), renderer, what.pages(), errors, progress);
            recordsDone = what.timings().addSince("bake: pages of the records around them", recordsDone);
        }
        progress.begin("list pages", pageCount(others));
        render(others, renderer, what.pages(), errors, progress);
        what.timings().addSince("bake: list pages", recordsDone);
        if (!errors.isEmpty()) {
            throw new RenderingException("Failed to render " + String.join("; ", errors.stream().sorted().toList()));
        }
    }

    private static int pageCount(List<List<Page>> units) {
        return units.stream().mapToInt(List::size).sum();
    }

    private static void render(List<List<Page>> units, Renderer renderer, ChangedPages pages, List<String> errors,
            Progress progress) {
        units.parallelStream().forEach(unit -> unit.forEach(page -> {
            progress.step();
            try {
                if (!pages.unchanged(page)) {
                    pages.rendered(page, PageInputs.recording(() -> renderer.render(page.toDocument())));
                }
            } catch (Exception | Error e) {
                // Named here, with its page: an Error (a stack overflow) would otherwise end the build as a bug.
                String message = e.getMessage() == null ? e.toString() : e.getMessage().strip().lines().findFirst().orElse("");
                errors.add(page.uri() + ": " + message);
            }
        }));
    }
}
