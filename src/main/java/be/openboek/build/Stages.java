package be.openboek.build;

import be.openboek.export.DataDate;
import be.openboek.export.DatasetExporter;
import be.openboek.export.ExportMemo;
import be.openboek.export.RecordsAndHistory;
import be.openboek.export.SharedTables;
import be.openboek.files.SourceFiles;
import be.openboek.history.History;
import be.openboek.history.HistoryReader;
import be.openboek.load.SiteLoader;
import be.openboek.model.Site;
import be.openboek.problem.Problem;
import be.openboek.problem.Problems;
import be.openboek.publish.BuildLock;
import be.openboek.render.SiteTemplateEngine;
import be.openboek.render.TemplateSyntax;
import be.openboek.timing.Timings;
import be.openboek.validate.SiteValidator;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The stages a build is made of, each once: check the records, read the history, export the datasets, hold the
 * output's lock. {@link Build} composes them into a fresh folder that replaces the output; {@link LiveBuild} into the
 * published folder, updated in place. Each stage is timed in the {@link Timings} it is given.
 */
final class Stages {

    /** What runs while the output's lock is held. */
    @FunctionalInterface
    interface Locked {
        Outcome run() throws IOException;
    }

    private final Path source;
    private final LocalDate today;
    private final SiteLoader.Memo memo;
    private final Timings timings;
    /** The templates as parsed by the check, for the bake to render with. */
    private SiteTemplateEngine.ParsedTemplates templates = new SiteTemplateEngine.ParsedTemplates();
    /** The commit the history ends with, for a build of an earlier version ({@link CommitSource}); else null. */
    private CommitSource commit;
    /** The project folder whose git history is read; differs from {@code source} only with a commit. */
    private Path project;

    /**
     * @param source  the project folder holding data/, content/, templates/ and assets/
     * @param today   the date checks such as "not paid in the future" compare with
     * @param memo    what earlier loads of the same project read (serve), or null
     * @param timings where each stage's time goes
     */
    Stages(Path source, LocalDate today, SiteLoader.Memo memo, Timings timings) {
        this.source = source;
        this.today = today;
        this.memo = memo;
        this.timings = timings;
        this.project = source;
    }

    /**
     * Makes these the stages of a build of the project {@code project} as it stood at a commit, whose source folders
     * {@code commit} holds ({@link #source} is then its folder): the history ends with that commit, and the entries the
     * commit could not give are problems of the check.
     */
    Stages at(Path project, CommitSource commit) {
        this.project = project;
        this.commit = commit;
        return this;
    }

    /**
     * Makes the check parse the templates into {@code parsed} ({@code serve} keeps them between its builds while the
     * template files stay the same).
     */
    Stages withTemplates(SiteTemplateEngine.ParsedTemplates parsed) {
        this.templates = parsed;
        return this;
    }

    /** The templates the check parsed, for the bake of the same build. */
    SiteTemplateEngine.ParsedTemplates templates() {
        return templates;
    }

    /** The project folder as the user named it: the same as {@link #source} except for a build of a commit. */
    Path project() {
        return project;
    }

    Path source() {
        return source;
    }

    Timings timings() {
        return timings;
    }

    /**
     * Loads and checks the records; also refuses what no stage may read in any of the four source folders (see
     * {@link SourceFiles}) and parses the templates, so that a bad template or asset is reported with the records.
     */
    Outcome check() {
        return check(site -> { });
    }

    /**
     * As {@link #check()}, calling {@code loaded} with the records as soon as they loaded without a problem, before they
     * are checked: {@code serve} starts working out what changed while the check runs. {@code loaded} must only read.
     */
    Outcome check(java.util.function.Consumer<Site> loaded) {
        SourceFiles files = timings.time("scan", () -> SourceFiles.scan(source));
        SiteLoader.Result read = timings.time("load", () -> new SiteLoader(memo).load(source, files));
        if (read.site() != null && read.problems().isEmpty()) {
            loaded.accept(read.site());
        }
        return checked(read, files);
    }

    private Outcome checked(SiteLoader.Result loaded, SourceFiles files) {
        Problems problems = new Problems();
        if (commit != null) {
            commit.problems().forEach(problems::add);
        }
        problems.addAll(loaded.problems());
        if (loaded.site() != null) {
            problems.addAll(timings.time("validate", () -> new SiteValidator(loaded.sourceMap(), loaded.brokenIds(),
                    loaded.unreadable(), today).validate(loaded.site(), loaded.incomplete())));
            // The bake parses them too, but it runs only once the records are right.
            problems.addAll(timings.time("validate", () -> TemplateSyntax.check(source, files, templates)));
        }
        return new Outcome(loaded.site(), problems.all());
    }

    /** The change log of the project's git history. */
    History history() {
        return timings.time("history", () -> (commit == null ? new HistoryReader(source)
                : new HistoryReader(project, commit.commit())).read());
    }

    /**
     * Exports the datasets of {@code site} into {@code folder}; {@code published} holds the checksums of the files
     * already in it (for serve, which then leaves unchanged API files alone), empty for a fresh folder.
     */
    DatasetExporter.Result export(Site site, History history, Path folder, Map<String, String> published) {
        return export(site, history, folder, published, null);
    }

    /** As {@link #export(Site, History, Path, Map)}, taking the tables' rows from {@code tables} when not null. */
    DatasetExporter.Result export(Site site, History history, Path folder, Map<String, String> published, SharedTables tables) {
        return export(site, history, folder, published, tables, null);
    }

    /**
     * As {@link #export(Site, History, Path, Map, SharedTables)}, keeping what it made in {@code memo} for the next
     * export and taking from it what the last one made and is still the same, when not null (serve).
     */
    DatasetExporter.Result export(Site site, History history, Path folder, Map<String, String> published, SharedTables tables,
            ExportMemo memo) {
        DatasetExporter exporter = new DatasetExporter().withTimings(timings).withPublished(published).withTables(tables);
        if (memo != null) {
            exporter.withMemo(memo);
        }
        return timings.time("export", () -> exporter.export(new RecordsAndHistory(site, history), folder,
                DataDate.of(site, history, Build.sourceDateEpoch())));
    }

    /**
     * The export's thread, which starts with reading the history (JGit), while the caller checks the records; see
     * {@link Exporting}. {@link Exporting#close} waits for it.
     */
    Exporting exporting() {
        return new Exporting(this);
    }

    /**
     * The thread that reads the git history and then exports the datasets beside the bake, so that neither JGit nor the
     * export's libraries (Jena, the workbook writer) are loaded or run on the thread that checks the records and
     * renders the pages.
     */
    static final class Exporting implements AutoCloseable {

        private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
            Thread exporter = new Thread(task, "openboek-export");
            exporter.setDaemon(true);
            return exporter;
        });
        private final Stages stages;
        private final CompletableFuture<History> history;
        private CompletableFuture<DatasetExporter.Result> result;

        private Exporting(Stages stages) {
            this.stages = stages;
            this.history = CompletableFuture.supplyAsync(stages::history, thread);
        }

        /** Waits for the history and returns it. */
        History history() {
            return joined(history);
        }

        /**
         * Exports {@code site} with the history into {@code folder}, on this thread, after the history is read, taking the
         * tables' rows from {@code tables} (shared with the bake).
         */
        void export(Site site, Path folder, SharedTables tables) {
            result = history.thenApplyAsync(read -> stages.export(site, read, folder, Map.of(), tables), thread);
        }

        /** Waits for the export and returns what it wrote. */
        DatasetExporter.Result result() {
            return joined(result);
        }

        /** Waits until the export no longer writes into its folder, however it ended. */
        @Override
        public void close() {
            history.exceptionally(e -> null).join();
            if (result != null) {
                result.exceptionally(e -> null).join();
            }
            thread.shutdown();
        }

        /** What {@code future} gives; what it threw, as thrown on the caller's thread. */
        private static <T> T joined(CompletableFuture<T> future) {
            try {
                return future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException unchecked) {
                    throw unchecked;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }
    }

    /**
     * Runs {@code work} while holding the lock of {@code output}, waiting at most {@code wait} for another build into
     * it to finish; after that the problem is "another build is writing", and a file error is "cannot write".
     */
    Outcome locked(Site site, Path output, Duration wait, String whenBusy, Locked work) {
        try (BuildLock lock = BuildLock.acquire(output, wait).orElse(null)) {
            if (lock == null) {
                return new Outcome(site, List.of(new Problem(output.toString(), 0, 0, "", "another build is writing " + output, whenBusy)));
            }
            return work.run();
        } catch (IOException e) {
            return cannotWrite(site, output, e);
        }
    }

    /** The problem of a folder that could not be written, saying what went wrong with it. */
    static Outcome cannotWrite(Site site, Path output, IOException e) {
        return new Outcome(site, List.of(new Problem(output.toString(), 0, 0, "", "cannot write the site: " + reason(e),
                "check that the folder is writable and the disk is not full")));
    }

    /** Java's file exceptions often say only the path; say what went wrong with it. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " is in the way (a file where a folder is needed)";
        }
        if (e instanceof FileSystemException fs) {
            return (fs.getReason() == null ? e.getClass().getSimpleName() : fs.getReason()) + ": " + fs.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip().lines().findFirst().orElse("");
    }
}
