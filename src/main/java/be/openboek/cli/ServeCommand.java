package be.openboek.cli;

import be.openboek.publish.OutputFolder;
import be.openboek.publish.RealPath;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code openboek serve}: build, serve on localhost and rebuild whenever a source file changes. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, serves it on http://localhost:PORT/ and rebuilds on every change in data/, "
                + "content/, templates/ and assets/. Problems are printed; the last good site stays browsable. "
                + "Only this computer can connect, and only through localhost, 127.0.0.1 or [::1].")
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
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port: expected a port from 0 to 65535, found " + port);
        }
        Path root = source.folder();
        Path out = output.folder(root);
        PrintWriter stdout = spec.commandLine().getOut();
        try (ServeSession preview = ServeSession.start(root, out, output.force, port, stdout, spec.commandLine().getErr())) {
            stdout.println("Serving " + RealPath.of(out) + " at http://localhost:" + preview.port() + "/ (Ctrl+C stops)");
            stdout.flush();
            preview.await();
        } catch (OutputFolder.Refused refusal) {
            Reporter.refusal(refusal.problem(), spec.commandLine().getErr());
            return OpenboekCommand.WRONG_USAGE;
        } catch (BindException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("openboek: cannot serve on port " + port + " of this computer: " + e.getMessage());
            err.println("  hint: stop the program that uses it, or choose another port with --port (0 picks a free one)");
            err.flush();
            return OpenboekCommand.WRONG_USAGE;
        }
        return 0;
    }
}
