package be.openboek.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Decides, page by page, whether a page of the {@link PagePlan} must be rendered again, and learns what each
 * rendered page read. {@link PageCache} serves incremental builds into a fresh folder; {@link LivePages} serves
 * {@code serve}, which updates the published folder in place.
 */
interface PageReuse {

    /**
     * True when {@code page} is unchanged and need not be rendered (its file is taken over into {@code destination}
     * or, when updating in place, stays where it is); false when it must be rendered.
     */
    boolean reuse(Page page, Path destination) throws IOException;

    /** Records that {@code page} was rendered and read {@code inputs}. */
    void rendered(Page page, Set<String> inputs);
}
