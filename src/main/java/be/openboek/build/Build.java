package be.openboek.build;

import be.openboek.export.DataDate;
import be.openboek.export.DatasetExporter;
import be.openboek.export.SharedTables;
import be.openboek.export.WrittenDatasets;
import be.openboek.history.History;
import be.openboek.load.SiteLoader;
import be.openboek.model.Site;
import be.openboek.problem.Problems;
import be.openboek.publish.OutputFolder;
import be.openboek.publish.OutputPublisher;
import be.openboek.publish.SiteManifest;
import be.openboek.render.ChangedPages;
import be.openboek.render.PageChecksums;
import be.openboek.render.SiteBaker;
import be.openboek.render.SiteTemplateEngine;
import be.openboek.timing.Timings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * A full build, the one place that knows the order of the stages: check (history beside it) → export and bake →
 * checksums → publish. Export and bake write into the same fresh folder at the same time, different files (JBake never
 * cleans its destination); the datasets page, the only page showing what the export wrote (sizes, checksums), waits
 * for it. Every stage reports problems as values; on any problem nothing is published and the output folder is left
 * as it was. {@link LiveBuild} composes the same {@link Stages} to update a published folder in place, for serve.
 */
public final class Build {

    /** How long a build waits for another build into the same output folder before giving up. */
    public static final Duration LOCK_WAIT = Duration.ofSeconds(60);

    /** The time zone of the organisations this is made for; used for "today" in checks. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private final Stages stages;
    private ChangedPages.Published published;

    /**
     * @param source the project folder holding data/, content/, templates/ and assets/
     * @param today  the date checks such as "not paid in the future" compare with
     */
    public Build(Path source, LocalDate today) {
        this(source, today, null);
    }

    /**
     * A build of the project {@code project} as it stood at a commit: the source folders come from {@code commit}, the
     * history ends with that commit, and the output folder is checked against the project as well as against the
     * temporary folder.
     */
    public static Build at(Path project, CommitSource commit, LocalDate today) {
        Build build = new Build(commit.folder(), today);
        build.stages.at(project, commit);
        return build;
    }

    /** A build taking the record files that did not change since an earlier load from {@code memo} (serve). */
    Build(Path source, LocalDate today, SiteLoader.Memo memo) {
        this.stages = new Stages(source, today, memo, new Timings());
    }

    /** Today in Brussels, or the day of {@code SOURCE_DATE_EPOCH} when set, for reproducible runs. */
    public static LocalDate today() {
        LocalDate epoch = sourceDateEpoch();
        return epoch != null ? epoch : LocalDate.now(ZONE);
    }

    /** The day of {@code SOURCE_DATE_EPOCH} in Brussels, or null when it is not set. */
    public static LocalDate sourceDateEpoch() {
        return DataDate.sourceDateEpoch();
    }

    /** What the last successful {@link #build} published, for {@link LiveBuild}; null before that. */
    ChangedPages.Published published() {
        return published;
    }

    /** The templates this build parsed (for serve, which renders with them until the template files change). */
    SiteTemplateEngine.ParsedTemplates templates() {
        return stages.templates();
    }

    /** How long the stages of this build's runs took. */
    public Timings timings() {
        return stages.timings();
    }

    /** Loads and checks the records without writing anything. */
    public Outcome validate() {
        return stages.check();
    }

    /**
     * Validates, exports the datasets and bakes the pages into a fresh folder and, only when all went well, swaps
     * it in for {@code output}. Waits up to {@link #LOCK_WAIT} while another build writes the same output.
     */
    public Outcome build(Path output) {
        return build(output, LOCK_WAIT);
    }

    /** Like {@link #build(Path)}, waiting at most {@code lockWait} for another build into {@code output} to finish. */
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
            folder = OutputFolder.of(stages.project(), output, force);
            if (!stages.project().equals(stages.source())) {
                OutputFolder.of(stages.source(), output, force);
            }
        } catch (OutputFolder.Refused refusal) {
            return Outcome.refusal(null, refusal);
        }
        // The export's thread reads the git history while this one checks the records: JGit stays off the path to the
        // pages (see Stages.Exporting).
        try (Stages.Exporting export = stages.exporting()) {
            Outcome checked = stages.check();
            if (!checked.ok()) {
                return checked;
            }
            Site site = checked.site();
            try {
                folder.checkNothingInTheWay();
            } catch (OutputFolder.Refused refusal) {
                return Outcome.refusal(site, refusal);
            }
            return stages.locked(site, folder.path(), lockWait, "wait until it has finished and build again, or stop it",
                    () -> buildLocked(site, folder, export));
        }
    }

    /** Exports beside the bake, writes the checksums and publishes; the caller holds the lock of the output. */
    private Outcome buildLocked(Site site, OutputFolder folder, Stages.Exporting export) throws IOException {
        Path output = folder.path();
        Timings timings = stages.timings();
        Path work = OutputPublisher.workFolder(output);
        try {
            Path built = Files.createDirectories(work.resolve("site"));
            History history = export.history();
            ChangedPages pages = ChangedPages.all();
            // The export and the bake both show every table's rows: made once, by whichever needs them first.
            SharedTables tables = new SharedTables(site, history);
            export.export(site, built, tables);
            SiteBaker baker = new SiteBaker(stages.source(), () -> export.result().manifest()).recording(pages).withTimings(timings)
                    .withTemplates(stages.templates()).withTables(tables);
            Problems problems;
            try {
                problems = baker.bake(site, history, built, work.resolve("jbake"));
            } finally {
                // Waits until the export no longer writes into the folder, however the bake ended.
                export.close();
            }
            DatasetExporter.Result exported = export.result();
            if (!exported.problems().isEmpty()) {
                return Outcome.withWarnings(site, exported.problems().all(), history.warnings());
            }
            if (problems.isEmpty()) {
                folder.checkReplaceable();
                long step = System.nanoTime();
                timings.progress().begin("checksums");
                writeChecksums(built, exported.manifest(), baker.pageChecksums());
                step = timings.addSince("checksums", step);
                timings.progress().begin("publish");
                OutputPublisher.publish(built, output);
                timings.addSince("publish", step);
                published = new ChangedPages.Published(site, history, exported.manifest(), pages.inputsByPage());
            }
            return Outcome.withWarnings(site, problems.all(), history.warnings());
        } catch (OutputFolder.Refused refusal) {
            return Outcome.refusal(site, refusal);
        } finally {
            try {
                OutputPublisher.deleteWorkFolder(work);
            } catch (IOException e) {
                // Leftover temporary files do not harm the published site; the next build deletes them.
            }
        }
    }

    /**
     * {@code sha256sums.txt}, taking the checksums of the datasets and of the pages from when they were written; only
     * the other files (assets, sitemap, search index) are read again.
     */
    private static void writeChecksums(Path built, WrittenDatasets exported, Map<String, PageChecksums.Checksum> pages)
            throws IOException {
        Map<String, SiteManifest.Checksum> known = new HashMap<>();
        pages.forEach((path, sum) -> known.put(path, new SiteManifest.Checksum(sum.bytes(), sum.sha256())));
        exported.files().forEach(f -> known.put(f.path(), new SiteManifest.Checksum(f.bytes(), f.sha256())));
        SiteManifest.write(built, known);
    }
}
