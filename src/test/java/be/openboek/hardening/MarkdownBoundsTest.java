package be.openboek.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Markdown that would crash or stall the parser (nesting thousands deep, long runs of marks, a megabyte of
 * brackets) is a problem with its file and line, reported within seconds by {@code build} and {@code validate};
 * the site is not published. Texts within the bounds keep working, and an error while rendering a page names the
 * page and its template instead of ending as a bug.
 */
class MarkdownBoundsTest {

    /** Far more than the checks take; the unbounded parser took minutes or overflowed its stack on these inputs. */
    private static final Duration SECONDS = Duration.ofSeconds(15);
    /** For a build that goes as far as writing the site: a few seconds, many more on a busy machine. */
    private static final Duration WHOLE_BUILD = Duration.ofSeconds(90);

    /** A project whose streaming project has {@code line} as the second line of its description. */
    private static TestProject withDescriptionLine(Path dir, String line) {
        return TestProject.fixture(dir).write("""
                -- data/projects/streaming.yaml --
                id: streaming
                title: Voorstellingen streamen
                status: experiment
                objective: Voorstellingen tonen in woonzorgcentra.
                description: |
                  Eerste regel.
                  %s
                sources: [vraag-2018]
                """.formatted(line));
    }

    private static TestProject.Run buildWithin(TestProject project, Path site) {
        return assertTimeoutPreemptively(SECONDS, () -> project.build(site));
    }

    private static TestProject.Run wholeBuild(TestProject project, Path site) {
        return assertTimeoutPreemptively(WHOLE_BUILD, () -> project.build(site));
    }

    private static void assertProblemAt(TestProject.Run run, String position, String words) {
        assertEquals(1, run.exitCode(), run.err());
        List<String> lines = run.problemLines();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(position) && l.contains(words)), run.err());
        assertFalse(run.err().contains("bug"), run.err());
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000, 100_000})
    void nestedQuotesInADescriptionAreAProblemAtTheirLine(int depth, @TempDir Path tmp) {
        TestProject project = withDescriptionLine(tmp.resolve("project"), ">".repeat(depth) + " diep");
        Path site = tmp.resolve("site");

        TestProject.Run run = buildWithin(project, site);

        assertProblemAt(run, "data/projects/streaming.yaml:7: description: ", "quotes and lists nested at most 32 levels deep");
        assertFalse(Files.exists(site), "nothing was published");
    }

    @Test
    void validateReportsTheSameProblem(@TempDir Path tmp) {
        TestProject project = withDescriptionLine(tmp.resolve("project"), ">".repeat(1_000) + " diep");

        TestProject.Run run = assertTimeoutPreemptively(SECONDS, () -> project.run("validate"));

        assertProblemAt(run, "data/projects/streaming.yaml:7: description: ", "nested at most 32");
    }

    @Test
    void fiftyThousandNestedBracketsInAPageAreAProblemAtTheirLine(@TempDir Path tmp) {
        TestProject project = TestProject.fixture(tmp.resolve("project")).write("""
                -- content/about.md --
                ---
                title: Over deze proef
                ---
                Eerste alinea.

                %sx
                """.formatted("[".repeat(50_000)));

        TestProject.Run run = buildWithin(project, tmp.resolve("site"));

        assertProblemAt(run, "content/about.md:6:1: ", "\"[\" in a row");
    }

    @Test
    void aMegabyteOfBracketsInADescriptionFileIsAProblemAtItsLine(@TempDir Path tmp) {
        // Just under the largest file a project may hold; lines of 400, each below the limit on a run.
        String brackets = ("[".repeat(400) + "\n").repeat(2_450);
        TestProject project = TestProject.fixture(tmp.resolve("project")).write("""
                -- data/projects/streaming.yaml --
                id: streaming
                title: Voorstellingen streamen
                status: experiment
                objective: Voorstellingen tonen in woonzorgcentra.
                description_file: projects/streaming.md
                sources: [vraag-2018]
                -- content/projects/streaming.md --
                Inleiding.

                %s""".formatted(brackets));

        TestProject.Run run = buildWithin(project, tmp.resolve("site"));

        assertProblemAt(run, "content/projects/streaming.md:3:33: ", "links and images nested at most 32");
    }

    @Test
    void aMegabyteOfBracketsInAPageIsAProblemAtItsLine(@TempDir Path tmp) {
        TestProject project = TestProject.fixture(tmp.resolve("project")).write("""
                -- content/about.md --
                ---
                title: Over deze proef
                ---
                %s""".formatted(("[".repeat(400) + "\n").repeat(2_450)));

        TestProject.Run run = buildWithin(project, tmp.resolve("site"));

        assertProblemAt(run, "content/about.md:4:33: ", "links and images nested at most 32");
    }

    @Test
    void aListNestedDeeplyByIndentationIsAProblemAtTheLineTooDeep(@TempDir Path tmp) {
        StringBuilder list = new StringBuilder("- niveau 0\n");
        for (int level = 1; level < 100; level++) {
            list.append("  ".repeat(level + 1)).append("- niveau ").append(level).append('\n');
        }
        TestProject project = TestProject.fixture(tmp.resolve("project")).write("""
                -- content/about.md --
                ---
                title: Over deze proef
                ---
                %s""".formatted(list));

        TestProject.Run run = buildWithin(project, tmp.resolve("site"));

        // Line 4 holds level 0; level 32 is the 33rd list inside each other.
        assertProblemAt(run, "content/about.md:36:", "quotes and lists nested at most 32 levels deep");
    }

    @Test
    void listsWrittenOnOneLineAreAProblemToo(@TempDir Path tmp) {
        TestProject project = withDescriptionLine(tmp.resolve("project"), "- ".repeat(1_000) + "diep");

        TestProject.Run run = buildWithin(project, tmp.resolve("site"));

        assertProblemAt(run, "data/projects/streaming.yaml:7: description: ", "quotes and lists nested at most 32 levels deep");
    }

    @Test
    void nestedEmphasisIsAProblemAtItsLine(@TempDir Path tmp) {
        TestProject project = withDescriptionLine(tmp.resolve("project"), "*_".repeat(20_000) + "x" + "_*".repeat(20_000));

        TestProject.Run run = buildWithin(project, tmp.resolve("site"));

        assertProblemAt(run, "data/projects/streaming.yaml:7: description: ", "emphasis (*, _, ~~) nested at most 32");
    }

    @Test
    void aLongRunOfBackticksIsAProblemAtItsLine(@TempDir Path tmp) {
        StringBuilder ticks = new StringBuilder();
        for (int run = 1; run < 600; run++) {
            ticks.append("`".repeat(run)).append('x');
        }
        TestProject project = withDescriptionLine(tmp.resolve("project"), ticks.toString());

        TestProject.Run run = buildWithin(project, tmp.resolve("site"));

        assertProblemAt(run, "data/projects/streaming.yaml:7: description: ", "at most 500 of \"`\" in a row");
    }

    @Test
    void theOrganisationsIntroductionIsCheckedToo(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        String organisation = Files.readString(project.path("data/organisation.yaml"));
        project.write("-- data/organisation.yaml --\n" + organisation.stripTrailing()
                + "\ndescription_en: |\n  Intro.\n\n  " + "<span>".repeat(10_000) + "\n");
        int line = (int) organisation.stripTrailing().lines().count() + 4;

        TestProject.Run run = buildWithin(project, tmp.resolve("site"));

        assertProblemAt(run, "data/organisation.yaml:" + line + ": description_en: ", "HTML elements nested at most 32");
    }

    @Test
    void aLongPlainTextFieldDoesNotStallTheSearchIndex(@TempDir Path tmp) throws Exception {
        // Notes are plain text, not Markdown, but the search index strips Markdown marks from them.
        TestProject project = TestProject.fixture(tmp.resolve("project"));
        String subsidies = Files.readString(project.path("data/subsidies.yaml"));
        project.write("-- data/subsidies.yaml --\n" + subsidies.replace("notes: Inclusief de eerste jaarhelft.",
                "notes: '" + "[(".repeat(100_000) + "'"));

        TestProject.Run run = wholeBuild(project, tmp.resolve("site"));

        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void aTemplateThatOverflowsTheStackIsAProblemNamingTheTemplateAndPage(@TempDir Path tmp) {
        TestProject project = TestProject.fixture(tmp.resolve("project")).write("""
                -- templates/project.ftl --
                <#macro again><@again/></#macro>
                <@again/>
                """);

        TestProject.Run run = wholeBuild(project, tmp.resolve("site"));

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.problemLines().stream().anyMatch(l -> l.startsWith("templates/project.ftl") && l.contains("projects/")
                && l.contains("StackOverflowError")), run.err());
        assertFalse(run.err().contains("bug"), run.err());
    }

    @Test
    void ordinaryMarkdownNestedAFewLevelsStillBuilds(@TempDir Path tmp) {
        TestProject project = TestProject.fixture(tmp.resolve("project")).write("""
                -- content/about.md --
                ---
                title: Over deze proef
                ---
                > Een citaat
                > > met een citaat erin, en **vet _schuin `code` schuin_ vet**.

                - een
                  - twee
                    1. drie [met een [link](https://a.example/) erin](https://b.example/)
                       - vier <span><b>html</b></span>

                ```
                [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ code is geen Markdown
                ```

                ----------
                """);

        TestProject.Run run = wholeBuild(project, tmp.resolve("site"));

        assertEquals(0, run.exitCode(), run.err());
    }
}
