package be.openboek.cli;

import be.openboek.build.Build;
import be.openboek.build.CommitSource;
import be.openboek.build.Outcome;
import be.openboek.publish.RealPath;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code openboek build}: validate, bake and publish the site. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site into the output folder. On any problem, prints them all and leaves the output as it was.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SourceOption source;

    @Mixin
    OutputOption output;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long to wait while another build writes the same output folder (default: ${DEFAULT-VALUE}).")
    int waitSeconds;

    @Option(names = "--at", paramLabel = "COMMIT", description = "Build the site and data as they stood at this commit of the "
            + "project's git repository (a commit id, short or full, or a tag): data/, content/, templates/ and assets/ "
            + "and the history up to it. The working folder is not touched.")
    String at;

    @Option(names = "--timings", description = "Print how long each stage of the build took.")
    boolean timings;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems and warnings: no progress line on a terminal, "
            + "no closing line when all went well.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path root = source.folder();
        if (at == null) {
            return build(root, new Build(root, Build.today()));
        }
        try (CommitSource commit = CommitSource.of(root, at)) {
            return build(root, Build.at(root, commit, Build.today()));
        } catch (CommitSource.Refused refusal) {
            Reporter.refusal(refusal.problem(), spec.commandLine().getErr());
            return OpenboekCommand.WRONG_USAGE;
        }
    }

    private int build(Path root, Build build) {
        Path given = output.folder(root);
        Path out = RealPath.of(given);
        Outcome outcome;
        // Straight to standard error, not through the command line's writer, which shows control characters as text: the
        // line's carriage returns must work. It holds only our own stage names and figures, never a value from the input.
        PrintWriter terminal = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        try (ProgressLine progress = ProgressLine.start(terminal, build.timings().progress(), quiet)) {
            outcome = build.build(given, output.force, Duration.ofSeconds(Math.max(0, waitSeconds)));
        }
        if (timings) {
            build.timings().print(spec.commandLine().getErr());
        }
        Reporter.warn(outcome.warnings(), spec.commandLine().getErr());
        if (outcome.refused()) {
            Reporter.refusal(outcome.problems().get(0), spec.commandLine().getErr());
            return OpenboekCommand.WRONG_USAGE;
        }
        if (!outcome.ok()) {
            Reporter.print(outcome.problems(), spec.commandLine().getErr(), "nothing was written to " + out);
            return OpenboekCommand.INVALID_INPUT;
        }
        if (!quiet) {
            spec.commandLine().getOut().println("Site built in " + out);
        }
        return 0;
    }
}
