package be.openboek.cli;

import be.openboek.publish.OutputFolder;
import be.openboek.publish.RealPath;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code openboek serve}: build, serve on localhost and rebuild whenever a source file changes. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, serves it on http://localhost:PORT/ and rebuilds on every change in data/, "
                + "content/, templates/ and assets/. Problems are printed; the last good site stays browsable.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SourceOption source;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8820", description = "Port on localhost (default: 8820; 0 picks a free one).")
    int port;

    @Mixin
    OutputOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path root = source.folder();
        Path out = output.folder(root);
        PrintWriter stdout = spec.commandLine().getOut();
        try (Preview preview = Preview.start(root, out, output.force, port, stdout, spec.commandLine().getErr())) {
            stdout.println("Serving " + RealPath.of(out) + " at http://localhost:" + preview.port() + "/ (Ctrl+C stops)");
            stdout.flush();
            preview.await();
        } catch (OutputFolder.Refused refusal) {
            Reporter.refusal(refusal.problem(), spec.commandLine().getErr());
            return Main.WRONG_USAGE;
        }
        return 0;
    }
}
