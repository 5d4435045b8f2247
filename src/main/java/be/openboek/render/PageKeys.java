package be.openboek.render;

/** Names shared between the baker, the rendering tool and the templates. */
final class PageKeys {

    private PageKeys() {
    }

    /** Configuration key under which the baker hands the {@link PagePlan} to {@link RecordPagesRenderer}. */
    static final String PLAN = "openboek.plan";
    /** Configuration key of the {@link PageCache} of an incremental build, when there is one. */
    static final String CACHE = "openboek.cache";
    /** Configuration key of a {@link Runnable} run when the record pages are written, before the list pages. */
    static final String RECORD_PAGES_DONE = "openboek.recordPagesDone";
    /** Configuration key of the build's {@link be.openboek.Timings}, where the record and list pages are timed. */
    static final String TIMINGS = "openboek.timings";
    /** Document key holding the record a page shows; templates read it as {@code record}. */
    static final String RECORD = "record";
}
