package be.openboek.render;

import be.openboek.Timings;
import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * A JBake {@link RenderingTool} that renders the list and record pages of the {@link PagePlan}
 * straight from the model, in parallel, through JBake's {@link Renderer}. They skip the crawler and
 * its database, whose per-page queries make stock JBake slow on many records. With a {@link PageCache}
 * (incremental builds), a page whose inputs did not change is copied from the previous site instead, and
 * every rendered page records what it read for the next build.
 * Registered in {@code META-INF/services}; does nothing when no plan is configured.
 */
public final class RecordPagesRenderer implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!(config.get(PageKeys.PLAN) instanceof PagePlan plan)) {
            return 0;
        }
        PageReuse cache = config.get(PageKeys.CACHE) instanceof PageReuse c ? c : null;
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        // The pages of one record (one per language) render one after the other on one thread, so that they
        // share the conversion of its Markdown (see MarkdownRenderer); the records spread over all cores.
        Map<Object, List<Page>> byRecord = new IdentityHashMap<>();
        List<List<Page>> units = new ArrayList<>();
        for (Page page : plan.pages()) {
            if (page.record() == null) {
                units.add(List.of(page));
            } else {
                byRecord.computeIfAbsent(page.record(), r -> {
                    List<Page> unit = new ArrayList<>();
                    units.add(unit);
                    return unit;
                }).add(page);
            }
        }
        // Record pages first, then the list pages: serve shows an edited record's page before the lists follow.
        Map<Boolean, List<List<Page>>> kinds = units.stream().collect(Collectors.partitioningBy(u -> u.get(0).record() != null));
        Timings timings = config.get(PageKeys.TIMINGS) instanceof Timings t ? t : new Timings();
        long start = System.nanoTime();
        render(kinds.get(true), renderer, config, cache, errors);
        long recordsDone = System.nanoTime();
        timings.add("bake: record pages", (recordsDone - start) / 1_000_000);
        if (errors.isEmpty() && config.get(PageKeys.RECORD_PAGES_DONE) instanceof Runnable done) {
            done.run();
        }
        render(kinds.get(false), renderer, config, cache, errors);
        timings.add("bake: list pages", (System.nanoTime() - recordsDone) / 1_000_000);
        if (!errors.isEmpty()) {
            throw new RenderingException("Failed to render " + String.join("; ", errors.stream().sorted().toList()));
        }
        return plan.pages().size();
    }

    private static void render(List<List<Page>> units, Renderer renderer, JBakeConfiguration config, PageReuse cache,
            List<String> errors) {
        units.parallelStream().forEach(unit -> unit.forEach(page -> {
            try {
                if (cache == null) {
                    renderer.render(page.toDocument());
                } else if (!cache.reuse(page, config.getDestinationFolder().toPath())) {
                    cache.rendered(page, PageInputs.recording(() -> renderer.render(page.toDocument())));
                }
            } catch (Exception | Error e) {
                // Named here, with its page: an Error (a stack overflow) would otherwise end the build as a bug.
                String message = e.getMessage() == null ? e.toString() : e.getMessage().strip().lines().findFirst().orElse("");
                errors.add(page.uri() + ": " + message);
            }
        }));
    }

    @Override
    @SuppressWarnings("deprecation")
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
            CompositeConfiguration config) throws RenderingException {
        return 0;
    }
}
