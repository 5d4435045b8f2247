package be.openboek.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --output DIR} and {@code --force} options of the commands that write a site (build, serve). */
final class OutputOption {

    @Option(names = "--output", paramLabel = "DIR", description = "Where to write the site (default: target/site in the source "
            + "folder). Everything in it is replaced. Refused: the project folder or a folder holding it, a folder inside data/, "
            + "content/, templates/ or assets/, the file-system root, the home folder, and a folder holding files Openboek did not write.")
    Path output;

    @Option(names = "--force", description = "Replace the output folder even when it holds files that Openboek did not write "
            + "(only that: the other refusals stay).")
    boolean force;

    /**
     * The output folder as given, made absolute but not normalised: {@code link/..} must mean what it means on disk,
     * which {@link be.openboek.publish.OutputFolder} works out.
     */
    Path folder(Path source) {
        return output != null ? output.toAbsolutePath() : source.resolve("target/site");
    }
}
