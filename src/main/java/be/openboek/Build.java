package be.openboek;

import be.openboek.history.History;
import be.openboek.history.HistoryReader;
import be.openboek.export.DataDate;
import be.openboek.export.DatasetExporter;
import be.openboek.load.SiteLoader;
import be.openboek.model.Site;
import be.openboek.problem.Problem;
import be.openboek.problem.Problems;
import be.openboek.publish.OutputPublisher;
import be.openboek.render.SiteBaker;
import be.openboek.validate.SiteValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The one place that knows the order of the stages: load → validate → export → history → render → publish.
 * Export writes the datasets into the fresh folder first and hands render the manifest of what it wrote (sizes,
 * checksums) for the datasets page; JBake then bakes into the same folder (it never cleans its destination, so
 * the datasets stay). Every stage reports problems as values; on any problem nothing is published and the
 * output folder is left as it was.
 */
public final class Build {

    /** The time zone of the organisations this is made for; used for "today" in checks. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    /**
     * What a run produced.
     *
     * @param site     the loaded site, or null when it could not be loaded
     * @param problems everything wrong, sorted by file and line; empty on success
     */
    public record Outcome(Site site, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final Path source;
    private final LocalDate today;

    /**
     * @param source the project folder holding data/, content/, templates/ and assets/
     * @param today  the date checks such as "not paid in the future" compare with
     */
    public Build(Path source, LocalDate today) {
        this.source = source;
        this.today = today;
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

    /** Loads and checks the records without writing anything. */
    public Outcome validate() {
        SiteLoader.Result loaded = new SiteLoader().load(source);
        Problems problems = new Problems();
        problems.addAll(loaded.problems());
        if (loaded.site() != null) {
            problems.addAll(new SiteValidator(loaded.sourceMap(), loaded.brokenIds(), loaded.unreadable(), today).validate(loaded.site()));
        }
        return new Outcome(loaded.site(), problems.all());
    }

    /**
     * Validates, exports the datasets and bakes the pages into a fresh folder and, only when all went well, swaps
     * it in for {@code output}.
     */
    public Outcome build(Path output) {
        Outcome checked = validate();
        if (!checked.ok()) {
            return checked;
        }
        Site site = checked.site();
        Path work = null;
        try {
            work = OutputPublisher.workFolder(output);
            Path built = work.resolve("site");
            DatasetExporter.Result exported = new DatasetExporter().export(site, built, DataDate.of(site, sourceDateEpoch()));
            if (!exported.problems().isEmpty()) {
                return new Outcome(site, exported.problems().all());
            }
            History history = new HistoryReader(source).read();
            Problems problems = new SiteBaker(source, exported.manifest()).bake(site, history, built, work.resolve("jbake"));
            if (problems.isEmpty()) {
                OutputPublisher.publish(built, output);
            }
            return new Outcome(site, problems.all());
        } catch (IOException e) {
            return new Outcome(site, List.of(new Problem(output.toString(), 0, 0, "",
                    "cannot write the site: " + e.getMessage(), "check that the folder is writable and the disk is not full")));
        } finally {
            if (work != null) {
                try {
                    OutputPublisher.deleteTree(work);
                } catch (IOException e) {
                    // Leftover temporary files do not harm the published site.
                }
            }
        }
    }
}
