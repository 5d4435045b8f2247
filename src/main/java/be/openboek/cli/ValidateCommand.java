package be.openboek.cli;

import be.openboek.build.Build;
import be.openboek.build.Outcome;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code openboek validate}: check the records without writing anything. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks data/ and content/ and prints every problem; writes nothing.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    SourceOption source;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Outcome outcome = new Build(source.folder(), Build.today()).validate();
        if (!outcome.ok()) {
            Reporter.print(outcome.problems(), spec.commandLine().getErr(), "fix them and run validate again");
            return OpenboekCommand.INVALID_INPUT;
        }
        var site = outcome.site();
        spec.commandLine().getOut().printf("No problems: %d subsidies, %d projects, %d services, %d sources.%n",
                site.subsidies().size(), site.projects().size(), site.services().size(), site.sources().size());
        return 0;
    }
}
