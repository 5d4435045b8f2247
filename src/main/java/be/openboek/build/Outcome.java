package be.openboek.build;

import be.openboek.model.Site;
import be.openboek.problem.Problem;
import be.openboek.publish.OutputFolder;
import java.util.List;

/**
 * What a build, a validation or a rebuild produced.
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
