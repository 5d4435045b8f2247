package be.openboek.build;

import be.openboek.export.DatasetExporter;
import be.openboek.export.ExportMemo;
import be.openboek.export.RowCells;
import be.openboek.export.SharedTables;
import be.openboek.export.WrittenDatasets;
import be.openboek.export.WrittenFile;
import be.openboek.history.History;
import be.openboek.history.HistoryReader;
import be.openboek.load.SiteLoader;
import be.openboek.model.Site;
import be.openboek.problem.Problem;
import be.openboek.problem.Problems;
import be.openboek.publish.OutputPublisher;
import be.openboek.publish.RealPath;
import be.openboek.publish.SiteManifest;
import be.openboek.render.ChangedPages;
import be.openboek.render.LiveIndexes;
import be.openboek.render.PagePlan;
import be.openboek.render.TemplatesVersion;
import be.openboek.render.SiteBaker;
import be.openboek.render.SiteTemplateEngine;
import be.openboek.timing.Timings;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rebuilds of {@code serve}: the first is a full {@link Build}; after that, the model, the change log and what
 * every page read stay in memory, and each rebuild updates the published folder in place. It loads and checks the
 * records, renders through JBake's {@code Renderer} only the record and list pages whose record or inputs changed
 * (see {@link ChangedPages}) and moves those files into place one by one (each a rename, so the server never sends half
 * a page), the edited records' own pages first. From then on it exports the datasets on another thread (keeping what
 * did not change: {@link ExportMemo}), while it renders the other pages and writes the sitemap, search index and
 * filter files that changed; then it bakes JBake's own pages (home, 404, content/) and the datasets page as JBake's
 * Oven would, and rewrites {@code sha256sums.txt}. When it is done, the folder is byte for byte what a full build makes. A change of
 * templates or of the generator, or a missing folder, makes the next rebuild a full build again. It runs the same
 * {@link Stages} as {@link Build}, composed to update the folder in place.
 *
 * <p>Not for two processes at once: it holds the output's build lock while it writes.
 */
public final class LiveBuild {

    private final Path source;
    private final Path output;
    private final boolean force;
    private ChangedPages.Published published;
    private Map<String, String> checksums;
    private String generation;
    private String historyVersion;
    private Object folder;
    private Timings timings = new Timings();
    private Stages stages;
    private SiteTemplateEngine.ParsedTemplates parsed = new SiteTemplateEngine.ParsedTemplates();
    private final SiteLoader.Memo memo = new SiteLoader.Memo();
    private final LiveIndexes indexes = new LiveIndexes();
    /** What the last export made, for the next: only the files and ZIP entries of tables that changed are made again. */
    private final ExportMemo exportMemo = new ExportMemo();
    /** The cells of the tables' rows, for the next rebuild: only the rows of changed records are made again. */
    private final RowCells rowCells = new RowCells();
    /** The thread of {@link #ahead}: one at most, ended after a minute without a rebuild. */
    private final ExecutorService aside = new ThreadPoolExecutor(0, 1, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), task -> {
        Thread thread = new Thread(task, "openboek-serve-ahead");
        thread.setDaemon(true);
        return thread;
    });
    /** The sitemap, search index and filter files the last update wrote; null after a full build. */
    private Set<String> publishedIndexFiles;
    /** The pages the last update rendered (not those of a full build), for tests. */
    private Set<String> rendered = Set.of();

    /**
     * @param source the project folder
     * @param output the published folder, updated in place
     */
    public LiveBuild(Path source, Path output) {
        this(source, output, false);
    }

    /**
     * @param source the project folder
     * @param output the published folder, updated in place
     * @param force  whether a full build may replace an output folder holding files that Openboek did not write
     */
    public LiveBuild(Path source, Path output, boolean force) {
        this.source = source;
        // As on disk, as Build writes it: the lock and work folders must be those of the same folder.
        this.output = RealPath.of(output);
        this.force = force;
    }

    /** How long the stages of the last rebuild took; "pages ready" is when the changed pages were in place. */
    public Timings timings() {
        return timings;
    }

    /**
     * Brings the published folder up to date with the source folder. On problems in the records nothing is
     * written; {@code pagesReady} runs once the pages are in place, before the datasets follow.
     */
    public Outcome rebuild(Runnable pagesReady) {
        try {
            return rebuildOrThrow(pagesReady);
        } catch (RuntimeException | Error e) {
            // Nothing a rebuild meets may end serve: a full build puts whatever state the folder is in right.
            published = null;
            return new Outcome(null, List.of(new Problem(output.toString(), 0, 0, "", "unexpected error while rebuilding: "
                    + e, "this is a bug in openboek; please report it with the file you changed. The previous site is still served")));
        }
    }

    private Outcome rebuildOrThrow(Runnable pagesReady) {
        timings = new Timings();
        stages = new Stages(source, Build.today(), memo, timings).withTemplates(parsed);
        String templates;
        try {
            templates = TemplatesVersion.of(source.resolve("templates"));
        } catch (IOException e) {
            templates = "unreadable";
        }
        // A full build swaps in a new folder: when another build (e.g. `openboek build` beside serve) did so, what
        // is kept in memory no longer describes the folder.
        if (published == null || !templates.equals(generation) || !Objects.equals(folder, folderKey())) {
            return full(templates, pagesReady);
        }
        // Once the records have loaded, what changed is worked out on another thread while the check runs.
        List<CompletableFuture<Ahead>> ahead = new ArrayList<>(1);
        Outcome checked = stages.check(loaded -> ahead.add(CompletableFuture.supplyAsync(() -> ahead(loaded), aside)));
        if (!checked.ok()) {
            // Nothing of it is kept, but it must be done before the next rebuild compares with the published site again.
            ahead.forEach(work -> work.exceptionally(e -> null).join());
            return checked;
        }
        Site site = checked.site();
        Ahead early = ahead.isEmpty() ? null : ahead.get(0).join();
        return stages.locked(site, output, Build.LOCK_WAIT, "wait until it has finished; the preview is rebuilt at the next change",
                () -> {
                    try {
                        return update(site, pagesReady, early != null && early.site() == site ? early : null);
                    } catch (IOException | RuntimeException e) {
                        // Whatever state the folder is in now, a full build puts it right.
                        published = null;
                        return new Outcome(site, List.of(new Problem(output.toString(), 0, 0, "", "cannot update the site: "
                                + e.getMessage(), "check that the folder is writable; the next change rebuilds it whole")));
                    }
                });
    }

    private Outcome full(String templates, Runnable pagesReady) {
        Build build = new Build(source, Build.today(), memo);
        timings = build.timings();
        Outcome outcome = build.build(output, force, Build.LOCK_WAIT);
        if (outcome.ok()) {
            published = build.published();
            parsed = build.templates();
            checksums = new TreeMap<>(SiteManifest.read(output));
            folder = folderKey();
            generation = templates;
            indexes.publishedWhole();
            publishedIndexFiles = null;
            historyVersion = new HistoryReader(source).version();
            pagesReady.run();
        }
        return outcome;
    }

    /**
     * What a rebuild works out from the loaded records before it knows they are right: the pages that changed, as
     * {@link ChangedPages} sees them, with the published change log when it is the same (else null: the rebuild reads
     * the history first). It only reads the published state.
     */
    private Ahead ahead(Site site) {
        String version = new HistoryReader(source).version();
        if (!version.equals(historyVersion)) {
            return null;
        }
        ChangedPages live = new ChangedPages(published, site, published.history(), published.datasets());
        live.plan();
        return new Ahead(site, version, published.history(), live);
    }

    /** What {@link #ahead} worked out for {@code site}. */
    private record Ahead(Site site, String version, History history, ChangedPages live) {
    }

    private Outcome update(Site site, Runnable pagesReady, Ahead early) throws IOException {
        long start = System.nanoTime();
        String version = early != null ? early.version() : new HistoryReader(source).version();
        History history = version.equals(historyVersion) ? published.history() : stages.history();
        Path work = OutputPublisher.workFolder(output);
        // The export that runs beside the pages, once started.
        CompletableFuture<DatasetExporter.Result> exporting = new CompletableFuture<>();
        AtomicBoolean exportStarted = new AtomicBoolean();
        try {
            // First the pages of the plan that changed, with the datasets as published now: the new and edited records'
            // own pages, which serve shows at once, then the pages of the records around them and the list pages.
            start = lap("history", start);
            ChangedPages live = early != null ? early.live() : new ChangedPages(published, site, history, published.datasets());
            // The tables' rows, made once for the pages and the export of this rebuild.
            SharedTables tables = new SharedTables(site, history, rowCells);
            Path pages = work.resolve("pages");
            Path exports = work.resolve("datasets");
            // The datasets are made beside the pages of the records around the edited ones and the lists, from the
            // moment the edited records' own pages are in place (not before: those come first). They read only the
            // model and the published datasets' checksums, which the pages do not change.
            WrittenDatasets before = published.datasets();
            boolean hadDatasets = before != null;
            Runnable export = () -> {
                if (exportStarted.compareAndSet(false, true)) {
                    aside.execute(() -> {
                        try {
                            exporting.complete(stages.export(site, history, exports, checksumsOf(before), tables, exportMemo));
                        } catch (RuntimeException | Error e) {
                            exporting.completeExceptionally(e);
                        }
                    });
                }
            };
            long begun = start;
            Runnable recordPagesDone = () -> {
                try {
                    install(pages);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                timings.add("edited records' pages in place", (System.nanoTime() - begun) / 1_000_000);
                timings.add("pages ready", timings.stages().stream().mapToLong(Timings.Stage::millis).sum());
                pagesReady.run();
                export.run();
            };
            Problems problems = new SiteBaker(source, published.datasets()).withLivePages(live, parsed).withTables(tables)
                    .planPagesOnly().whenRecordPagesDone(recordPagesDone).withTimings(timings)
                    .bake(site, history, pages, work.resolve("jbake"));
            if (!problems.isEmpty()) {
                if (timings.stages().stream().anyMatch(s -> s.name().equals("pages ready"))) {
                    // Record pages went out before a list page failed: the next rebuild starts afresh.
                    published = null;
                }
                return new Outcome(site, problems.all());
            }
            // No edited record's page (a change that only removed one): the datasets start now.
            export.run();
            start = System.nanoTime();
            install(pages);
            for (String gone : live.removed(live.plan())) {
                delete(gone);
            }
            published = live.published(published.datasets());
            rendered = new HashSet<>(live.rendered());
            historyVersion = version;
            start = lap("list pages in place (" + live.rendered().size() + " pages rendered)", start);

            // While the datasets are made: the sitemap, search index and the lists' filter files, which the datasets
            // do not change. The plan is the one the pages after the datasets have, as the datasets were published
            // before (else they wait for the datasets).
            if (hadDatasets) {
                writeIndexes(site, live.plan(), work);
                start = lap("sitemap, search index, filters (beside the datasets)", start);
            }

            // Then the datasets, JBake's own pages and the checksums.
            DatasetExporter.Result exported;
            try {
                exported = exporting.join();
            } catch (CompletionException e) {
                published = null;
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
            start = lap("datasets made (after the pages)", start);
            if (!exported.problems().isEmpty()) {
                published = null;
                return new Outcome(site, exported.problems().all());
            }
            start = System.nanoTime();
            WrittenDatasets datasets = exported.manifest();
            Set<String> paths = new HashSet<>();
            for (WrittenFile file : datasets.files()) {
                paths.add(file.path());
                if (!file.sha256().equals(checksums.get(file.path()))) {
                    move(exports.resolve(file.path()), file.path(), file.sha256());
                }
            }
            for (WrittenFile file : published.datasets().files()) {
                if (!paths.contains(file.path())) {
                    delete(file.path());
                }
            }
            // JBake's own pages (home, 404, content/), as its Oven would bake them, and the datasets page when they changed.
            ChangedPages again = new ChangedPages(published, site, history, datasets);
            problems = new SiteBaker(source, datasets).withLivePages(again, parsed).withTables(tables)
                    .bake(site, history, work.resolve("jbake-pages"), work.resolve("jbake-work"));
            if (!problems.isEmpty()) {
                published = null;
                return new Outcome(site, problems.all());
            }
            install(work.resolve("jbake-pages"));
            published = again.published(datasets);
            rendered.addAll(again.rendered());
            start = lap("datasets, JBake's pages in place", start);
            if (!hadDatasets) {
                writeIndexes(site, again.plan(), work);
                start = lap("sitemap, search index, filters", start);
            }
            SiteManifest.write(output, checksums, work);
            lap("indexes and checksums in place", start);
            return new Outcome(site, List.of());
        } finally {
            if (exportStarted.get()) {
                // It may still write into the work folder.
                awaitQuietly(exporting);
            }
            OutputPublisher.deleteWorkFolder(work);
        }
    }

    /**
     * Puts in place the sitemap, search index and filter files of {@code site} that changed, and deletes those it no
     * longer has. The paged lists' filter files are read from the list pages, which must be in place.
     */
    private void writeIndexes(Site site, PagePlan plan, Path work) throws IOException {
        Path staged = Files.createDirectories(work.resolve("indexes"));
        Set<String> indexFiles = indexes.write(site, plan, output, staged, checksums::get);
        install(staged);
        // After a full build, the index files are those the checksums name; after that, those the last write made.
        Set<String> before = publishedIndexFiles != null ? publishedIndexFiles
                : checksums.keySet().stream().filter(LiveIndexes::isIndexFile).collect(Collectors.toSet());
        for (String path : before) {
            if (!indexFiles.contains(path)) {
                // A shard, results file, sitemap part or list's filter file of a larger site.
                delete(path);
            }
        }
        publishedIndexFiles = Set.copyOf(indexFiles);
    }

    /**
     * The checksums of the published datasets' files by path, which is all the export compares with: they are in place
     * as {@code datasets} describes them (the pages the rebuild puts in place meanwhile are other files).
     */
    private static Map<String, String> checksumsOf(WrittenDatasets datasets) {
        if (datasets == null) {
            return Map.of();
        }
        Map<String, String> sums = new HashMap<>(datasets.files().size() * 4 / 3 + 1);
        for (WrittenFile file : datasets.files()) {
            sums.put(file.path(), file.sha256());
        }
        return sums;
    }

    /** Waits until the export no longer writes into the work folder, however it ends. */
    private static void awaitQuietly(CompletableFuture<?> export) {
        try {
            export.join();
        } catch (RuntimeException e) {
            // Reported where the rebuild waits for it, or the rebuild failed before and says why.
        }
    }

    /** The addresses of the pages the last rebuild rendered again, when it updated the folder in place. */
    Set<String> renderedPages() {
        return Set.copyOf(rendered);
    }

    /** Moves every file under {@code staged} whose content differs from the published one into place. */
    private void install(Path staged) throws IOException {
        if (!Files.isDirectory(staged)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(staged)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            String path = staged.relativize(file).toString().replace('\\', '/');
            String sha = SiteManifest.sha256(file);
            if (!sha.equals(checksums.get(path))) {
                move(file, path, sha);
            }
        }
    }

    private void move(Path file, String path, String sha) throws IOException {
        Path target = output.resolve(path);
        Files.createDirectories(target.getParent());
        Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        checksums.put(path, sha);
    }

    /** Deletes a published file and the folders it leaves empty. */
    private void delete(String path) throws IOException {
        Path file = output.resolve(path);
        Files.deleteIfExists(file);
        checksums.remove(path);
        for (Path folder = file.getParent(); folder != null && !folder.equals(output) && folder.startsWith(output);
                folder = folder.getParent()) {
            try {
                Files.deleteIfExists(folder);
            } catch (DirectoryNotEmptyException e) {
                break;
            }
        }
    }

    /** What identifies the output folder itself (its inode, where the file system has them), or null when absent. */
    private Object folderKey() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(output, BasicFileAttributes.class);
            return attributes.isDirectory() ? String.valueOf(attributes.fileKey()) + attributes.creationTime() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private long lap(String name, long since) {
        long now = System.nanoTime();
        timings.add(name, (now - since) / 1_000_000);
        return now;
    }
}
