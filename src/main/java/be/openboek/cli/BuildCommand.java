package be.openboek.cli;

import be.openboek.Build;
import java.nio.file.Path;
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

    @Option(names = "--output", paramLabel = "DIR", description = "Where to write the site (default: target/site in the source folder).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path root = source.folder();
        Path out = output != null ? output.toAbsolutePath().normalize() : root.resolve("target/site");
        Build.Outcome outcome = new Build(root, Build.today()).build(out);
        if (!outcome.ok()) {
            Reporter.print(outcome.problems(), spec.commandLine().getErr(), "nothing was written to " + out);
            return Main.INVALID_INPUT;
        }
        spec.commandLine().getOut().println("Site built in " + out);
        return 0;
    }
}
