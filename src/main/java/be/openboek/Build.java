package be.openboek;

import be.openboek.history.History;
import be.openboek.history.HistoryReader;
import be.openboek.export.DataDate;
import be.openboek.export.DatasetExporter;
import be.openboek.export.ExportInput;
import be.openboek.export.ExportManifest;
import be.openboek.files.SourceFiles;
import be.openboek.load.SiteLoader;
import be.openboek.model.Site;
import be.openboek.problem.Problem;
import be.openboek.problem.Problems;
import be.openboek.publish.BuildLock;
import be.openboek.publish.OutputFolder;
import be.openboek.publish.OutputPublisher;
import be.openboek.publish.SiteManifest;
import be.openboek.render.LivePages;
import be.openboek.render.PageCache;
import be.openboek.render.SiteBaker;
import be.openboek.validate.SiteValidator;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one place that knows the order of the stages: load → validate → history → export and render → publish.
 * Export and render write into the same fresh folder at the same time, different files (JBake never cleans its
 * destination); the datasets page, the only page showing what the export wrote (sizes, checksums), waits for it.
 * Every stage reports problems as values; on any problem nothing is published and the output folder is left as
 * it was. {@link LiveBuild} is serve's variant, which updates a published folder in place.
 */
public final class Build {

    /** How long a build waits for another build into the same output folder before giving up. */
    public static final Duration LOCK_WAIT = Duration.ofSeconds(60);

    /** The time zone of the organisations this is made for; used for "today" in checks. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    /**
     * What a run produced.
     *
     * @param site     the loaded site, or null when it could not be loaded
     * @param problems everything wrong, sorted by file and line; empty on success
     * @param refused  whether the output folder was refused (see {@link OutputFolder}): wrong usage, not bad input;
     *                 then {@code problems} holds the one reason and nothing was written
     * @param warnings what the user should know although the run succeeded, such as a git history read only in
     *                 part; never a reason to fail
     */
    public record Outcome(Site site, List<Problem> problems, boolean refused, List<Problem> warnings) {

        public Outcome(Site site, List<Problem> problems) {
            this(site, problems, false, List.of());
        }

        /** A run that was not refused, with what it has to warn about. */
        static Outcome withWarnings(Site site, List<Problem> problems, List<Problem> warnings) {
            return new Outcome(site, problems, false, warnings);
        }

        static Outcome refusal(Site site, OutputFolder.Refused refusal) {
            return new Outcome(site, List.of(refusal.problem()), true, List.of());
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final Path source;
    private final LocalDate today;
    private final boolean incremental;
    private final SiteLoader.Memo memo;
    private final Timings timings = new Timings();
    private LivePages.Published published;

    /**
     * @param source the project folder holding data/, content/, templates/ and assets/
     * @param today  the date checks such as "not paid in the future" compare with
     */
    public Build(Path source, LocalDate today) {
        this(source, today, false);
    }

    private Build(Path source, LocalDate today, boolean incremental) {
        this(source, today, incremental, null);
    }

    private Build(Path source, LocalDate today, boolean incremental, SiteLoader.Memo memo) {
        this.source = source;
        this.today = today;
        this.incremental = incremental;
        this.memo = memo;
    }

    /** The same build, taking the record files that did not change since an earlier load from {@code memo}. */
    Build remembering(SiteLoader.Memo memo) {
        return new Build(source, today, incremental, memo);
    }

    /**
     * The same build, but record and list pages whose inputs did not change since the previous build are copied
     * from the output folder instead of rendered (see {@link PageCache}); the result is the same as a full build.
     */
    public Build incremental() {
        return new Build(source, today, true, memo);
    }

    /** Where the page cache of {@code output} is kept: beside it, e.g. {@code target/.site.cache/pages.txt}. */
    public static Path pageCacheFile(Path output) {
        return PageCache.besideOutput(output);
    }

    /** Today in Brussels, or the day of {@code SOURCE_DATE_EPOCH} when set, for reproducible runs. */
    public static LocalDate today() {
        LocalDate epoch = sourceDateEpoch();
        return epoch != null ? epoch : LocalDate.now(ZONE);
    }

    /** The day of {@code SOURCE_DATE_EPOCH} in Brussels, or null when it is not set. */
    public static LocalDate sourceDateEpoch() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch)).atZone(ZONE).toLocalDate();
        }
        return null;
    }

    /** What the last successful {@link #build} published, for {@link LiveBuild}; null before that. */
    LivePages.Published published() {
        return published;
    }

    /** How long the stages of this build's runs took. */
    public Timings timings() {
        return timings;
    }

    /**
     * Loads and checks the records without writing anything; also refuses what no stage may read in any of the four
     * source folders (see {@link SourceFiles}), so that validate reports a bad template or asset as well.
     */
    public Outcome validate() {
        SiteLoader.Result loaded = timings.time("load", () -> new SiteLoader(memo).load(source, SourceFiles.scan(source)));
        Problems problems = new Problems();
        problems.addAll(loaded.problems());
        if (loaded.site() != null) {
            problems.addAll(timings.time("validate", () -> new SiteValidator(loaded.sourceMap(), loaded.brokenIds(),
                    loaded.unreadable(), today).validate(loaded.site())));
        }
        return new Outcome(loaded.site(), problems.all());
    }

    /**
     * Validates, exports the datasets and bakes the pages into a fresh folder and, only when all went well, swaps
     * it in for {@code output}. Waits up to {@link #LOCK_WAIT} while another build writes the same output.
     */
    public Outcome build(Path output) {
        return build(output, LOCK_WAIT);
    }

    /**
     * Like {@link #build(Path)}, waiting at most {@code lockWait} for another build into {@code output} to finish;
     * after that, the problem is "another build is writing".
     */
    public Outcome build(Path output, Duration lockWait) {
        return build(output, false, lockWait);
    }

    /**
     * Like {@link #build(Path, Duration)}; {@code force} lets it replace an output folder holding files that Openboek
     * did not write. Where the output folder lies is checked before anything else; what is beside it once the records
     * are known to be good; what it holds only when the new site is ready to replace it, so that every problem of the
     * input comes first. A refused folder is left as it was (see {@link OutputFolder}).
     */
    public Outcome build(Path output, boolean force, Duration lockWait) {
        OutputFolder folder;
        try {
            folder = OutputFolder.of(source, output, force);
        } catch (OutputFolder.Refused refusal) {
            return Outcome.refusal(null, refusal);
        }
        Outcome checked = validate();
        if (!checked.ok()) {
            return checked;
        }
        Site site = checked.site();
        try {
            folder.checkNothingInTheWay();
        } catch (OutputFolder.Refused refusal) {
            return Outcome.refusal(site, refusal);
        }
        Path target = folder.path();
        try (BuildLock lock = BuildLock.acquire(target, lockWait).orElse(null)) {
            if (lock == null) {
                return new Outcome(site, List.of(new Problem(target.toString(), 0, 0, "", "another build is writing " + target,
                        "wait until it has finished and build again, or stop it")));
            }
            return buildLocked(site, folder);
        } catch (IOException e) {
            return cannotWrite(site, target, e);
        }
    }

    /**
     * Exports, bakes, writes the checksums and publishes; the caller holds the lock of {@code output}. The export runs
     * on its own thread beside the bake (they write different files of the same folder); the datasets page, the only
     * page that shows what the export wrote, waits for it.
     */
    private Outcome buildLocked(Site site, OutputFolder folder) {
        Path output = folder.path();
        Path work = null;
        ExecutorService exporter = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "openboek-export");
            thread.setDaemon(true);
            return thread;
        });
        CompletableFuture<DatasetExporter.Result> exporting = null;
        try {
            work = OutputPublisher.workFolder(output);
            Path built = Files.createDirectories(work.resolve("site"));
            History history = timings.time("history", () -> new HistoryReader(source).read());
            exporting = CompletableFuture.supplyAsync(() -> timings.time("export", () -> new DatasetExporter().withTimings(timings)
                    .export(new ExportInput(site, history), built, DataDate.of(site, history, sourceDateEpoch()))), exporter);
            CompletableFuture<DatasetExporter.Result> export = exporting;
            Path templates = source.resolve("templates");
            Path cacheFile = pageCacheFile(output);
            long reading = System.nanoTime();
            PageCache cache = incremental ? PageCache.read(cacheFile, output, templates) : PageCache.empty(templates);
            timings.add("read page cache", (System.nanoTime() - reading) / 1_000_000);
            Path jbake = work.resolve("jbake");
            Problems problems = new SiteBaker(source, () -> export.join().manifest()).withCache(cache).withTimings(timings)
                    .bake(site, history, built, jbake);
            DatasetExporter.Result exported = export.join();
            if (!exported.problems().isEmpty()) {
                return Outcome.withWarnings(site, exported.problems().all(), history.warnings());
            }
            if (problems.isEmpty()) {
                folder.checkReplaceable();
                long hashing = System.nanoTime();
                SiteManifest.write(built, knownChecksums(exported.manifest(), cache.reused(), output));
                timings.add("checksums", (System.nanoTime() - hashing) / 1_000_000);
                // The old cache describes the site about to be replaced: drop it first, put the new one in place
                // after the swap, so that a build stopped in between only loses the cache (a full build next time).
                Path newCache = work.resolve("pages.txt");
                long caching = System.nanoTime();
                cache.write(newCache);
                timings.add("write page cache", (System.nanoTime() - caching) / 1_000_000);
                Files.deleteIfExists(cacheFile);
                long publishing = System.nanoTime();
                OutputPublisher.publish(built, output);
                timings.add("publish", (System.nanoTime() - publishing) / 1_000_000);
                Files.createDirectories(cacheFile.getParent());
                Files.move(newCache, cacheFile, StandardCopyOption.ATOMIC_MOVE);
                published = new LivePages.Published(site, history, exported.manifest(), cache.inputsByPage());
            }
            return Outcome.withWarnings(site, problems.all(), history.warnings());
        } catch (OutputFolder.Refused refusal) {
            return Outcome.refusal(site, refusal);
        } catch (IOException e) {
            return cannotWrite(site, output, e);
        } finally {
            if (exporting != null) {
                // The export writes into the work folder: let it finish before the folder goes.
                exporting.exceptionally(e -> null).join();
            }
            exporter.shutdown();
            if (work != null) {
                try {
                    OutputPublisher.deleteWorkFolder(work);
                } catch (IOException e) {
                    // Leftover temporary files do not harm the published site; the next build deletes them.
                }
            }
        }
    }

    /**
     * The checksums the manifest need not compute again: those of the datasets, taken while they were written, and
     * those of the pages taken over from the previous site (in its manifest).
     */
    private static Map<String, SiteManifest.Checksum> knownChecksums(ExportManifest exported, Set<String> reused, Path previous) {
        Map<String, SiteManifest.Checksum> known = new HashMap<>();
        exported.files().forEach(f -> known.put(f.path(), new SiteManifest.Checksum(f.bytes(), f.sha256())));
        if (!reused.isEmpty()) {
            Map<String, String> old = SiteManifest.read(previous);
            for (String page : reused) {
                String sha = old.get(page);
                if (sha != null) {
                    try {
                        known.put(page, new SiteManifest.Checksum(Files.size(previous.resolve(page)), sha));
                    } catch (IOException e) {
                        // Hashed again instead.
                    }
                }
            }
        }
        return known;
    }

    private static Outcome cannotWrite(Site site, Path output, IOException e) {
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
