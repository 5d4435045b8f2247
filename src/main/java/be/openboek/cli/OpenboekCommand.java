package be.openboek.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code openboek} command: {@code build}, {@code validate}, {@code serve} and {@code new}. Exit codes: 0 on
 * success, 1 on invalid input, 2 on wrong usage.
 */
@Command(name = "openboek", mixinStandardHelpOptions = true, version = "openboek 0.1.0",
        description = "Builds an open-data transparency site from YAML records and Markdown.",
        subcommands = {BuildCommand.class, ValidateCommand.class, ServeCommand.class, NewCommand.class,
            CommandLine.HelpCommand.class})
public final class OpenboekCommand implements Runnable {

    /** Invalid input: the problems were printed. */
    public static final int INVALID_INPUT = 1;

    /** Wrong usage, such as an output folder that may not be written: the reason was printed. */
    public static final int WRONG_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and returns the exit code, without exiting. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /**
     * Runs the command line with the given output streams and returns the exit code (for tests and tools). What it
     * prints passes a {@link TerminalWriter}: control characters in echoed names and values are shown, not obeyed.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Logging.quiet();
        CommandLine cli = new CommandLine(new OpenboekCommand());
        cli.setOut(TerminalWriter.printer(out));
        cli.setErr(TerminalWriter.printer(err));
        // Colours would be escape sequences, which the terminal writer shows as text.
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        try {
            return execute(cli, args);
        } finally {
            cli.getOut().flush();
            cli.getErr().flush();
        }
    }

    private static int execute(CommandLine cli, String... args) {
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("openboek: unexpected error: " + e);
            commandLine.getErr().println("  hint: this is a bug in openboek; please report it with the command you ran");
            return INVALID_INPUT;
        });
        try {
            return cli.execute(args);
        } catch (Error e) {
            // Even a broken installation must not greet staff with a stack trace.
            cli.getErr().println("openboek: unexpected error: " + e);
            cli.getErr().println("  hint: this is a bug in openboek; please report it with the command you ran");
            cli.getErr().flush();
            return INVALID_INPUT;
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: build, validate, serve or new");
    }
}
