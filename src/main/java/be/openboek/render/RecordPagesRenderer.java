package be.openboek.render;

import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * A JBake {@link RenderingTool} that renders the list and record pages of the {@link PagePlan}
 * straight from the model, in parallel, through JBake's {@link Renderer}. They skip the crawler and
 * its database, whose per-page queries make stock JBake slow on many records.
 * Registered in {@code META-INF/services}; does nothing when no plan is configured.
 */
public final class RecordPagesRenderer implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!(config.get(PageKeys.PLAN) instanceof PagePlan plan)) {
            return 0;
        }
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        plan.pages().parallelStream().forEach(page -> {
            try {
                renderer.render(page.toDocument());
            } catch (Exception e) {
                errors.add(page.uri() + ": " + e.getMessage());
            }
        });
        if (!errors.isEmpty()) {
            throw new RenderingException("Failed to render pages:\n" + String.join("\n", errors.stream().sorted().toList()));
        }
        return plan.pages().size();
    }

    @Override
    @SuppressWarnings("deprecation")
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
            CompositeConfiguration config) throws RenderingException {
        return 0;
    }
}
