package be.openboek.cli;

import be.openboek.problem.Problem;
import java.io.PrintWriter;
import java.util.List;

/** Prints problems one per line in the editor-clickable form, then a one-line summary; and warnings. */
final class Reporter {

    private Reporter() {
    }

    static void print(List<Problem> problems, PrintWriter err, String consequence) {
        for (Problem p : problems) {
            err.println(p.format());
        }
        err.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + "; " + consequence);
        err.flush();
    }

    /** Prints each warning on a line of its own, marked as one; a warning does not change the exit code. */
    static void warn(List<Problem> warnings, PrintWriter err) {
        for (Problem w : warnings) {
            err.println("warning: " + w.format());
        }
        err.flush();
    }

    /** Prints why a command refused to run (wrong usage): one line, then the hint. */
    static void refusal(Problem problem, PrintWriter err) {
        err.println(problem.format());
        err.flush();
    }
}
