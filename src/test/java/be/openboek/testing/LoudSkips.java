package be.openboek.testing;

import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints every skipped test with its reason where a reader of the Maven output sees it: once when it is skipped, and
 * all together at the end of the run. Maven's own summary only counts them. Registered for every run through
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public final class LoudSkips implements TestExecutionListener {

    private final List<String> skipped = new ArrayList<>();
    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        report(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            report(test, result.getThrowable().map(Throwable::getMessage).orElse("no reason given"));
        }
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan testPlan) {
        if (!skipped.isEmpty()) {
            StringBuilder out = new StringBuilder("\n*** " + skipped.size() + (skipped.size() == 1 ? " test was" : " tests were")
                    + " SKIPPED ***\n");
            skipped.forEach(line -> out.append("  ").append(line).append('\n'));
            System.err.print(out);
            System.err.flush();
        }
    }

    private synchronized void report(TestIdentifier test, String reason) {
        String line = name(test) + ": " + reason;
        skipped.add(line);
        System.err.println("*** SKIPPED " + line);
        System.err.flush();
    }

    /** The class and the test, e.g. {@code BrowserPagesTest > keyPagesFitAPhoneAndAreCaptured()}. */
    private String name(TestIdentifier test) {
        List<String> names = new ArrayList<>();
        for (TestIdentifier t = test; t != null; t = plan == null ? null : plan.getParent(t).orElse(null)) {
            if (t.getParentId().isPresent()) {
                names.add(0, t.getDisplayName());
            }
        }
        return String.join(" > ", names);
    }
}
