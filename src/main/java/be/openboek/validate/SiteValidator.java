package be.openboek.validate;

import be.openboek.load.SourceMap;
import be.openboek.model.AnswerPage;
import be.openboek.model.ContentPage;
import be.openboek.model.Identified;
import be.openboek.model.Link;
import be.openboek.model.Origin;
import be.openboek.model.OriginProject;
import be.openboek.model.PriceLine;
import be.openboek.model.Project;
import be.openboek.model.Question;
import be.openboek.model.Service;
import be.openboek.model.Site;
import be.openboek.model.Subsidy;
import be.openboek.model.SubsidyStatus;
import be.openboek.problem.Problems;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rules that span records: unique ids, references that resolve, years and dates in range, price
 * periods that do not overlap. Reports problems; never changes the site.
 */
public final class SiteValidator {

    /** First year a subsidy can belong to when no founding date is known. */
    private static final int EARLIEST_YEAR = 2000;
    /** Budgets are made a few years ahead at most. */
    private static final int YEARS_AHEAD = 5;
    /** Folder names the generator itself uses; a content page may not take them. */
    static final Set<String> RESERVED_PAGES = Set.of("index", "subsidies", "projects", "services", "sources", "questions",
            "assets", "data", "datasets", "api", "schemas", "en", "changes", "404");

    private final SourceMap sourceMap;
    private final Set<String> brokenIds;
    private final Set<String> unreadable;
    private final LocalDate today;
    private final Problems problems = new Problems();

    /**
     * @param sourceMap positions of the loaded values
     * @param brokenIds ids of records that failed to load, so references to them are not reported again
     * @param unreadable files that could not be read at all; references into them are not checked
     * @param today     the build date, for "not in the future" checks
     */
    public SiteValidator(SourceMap sourceMap, Set<String> brokenIds, Set<String> unreadable, LocalDate today) {
        this.sourceMap = sourceMap;
        this.brokenIds = brokenIds;
        this.unreadable = unreadable;
        this.today = today;
    }

    public Problems validate(Site site) {
        uniqueIds(site.sources());
        uniqueIds(site.calls());
        uniqueIds(site.subsidies());
        uniqueIds(site.questions());
        Set<String> sourceIds = ids(site.sources());
        Set<String> projectIds = ids(site.projects());
        Set<String> callIds = ids(site.calls());

        site.calls().forEach(c -> references(c.origin(), "sources", c.sources(), sourceIds, "source", "data/sources.yaml"));
        int firstYear = site.organisation() == null ? EARLIEST_YEAR : site.organisation().founded().getYear();
        for (Subsidy s : site.subsidies()) {
            references(s.origin(), "sources", s.sources(), sourceIds, "source", "data/sources.yaml");
            subsidyYear(s, firstYear);
        }
        for (Project p : site.projects()) {
            references(p.origin(), "sources", p.sources(), sourceIds, "source", "data/sources.yaml");
            if (p.call() != null) {
                Origin at = new Origin(p.origin().file(), p.origin().field("call"));
                reference(at, "call", p.callId(), callIds, "call", "data/calls.yaml");
                link(at, p.call(), sourceIds, "the project was selected in this call");
            }
            if (p.period() != null && p.period().start() != null && p.period().end() != null
                    && p.period().end().compareTo(p.period().start()) < 0) {
                report(p.origin(), "period.end", "the end (" + p.period().end() + ") is before the start (" + p.period().start() + ")",
                        "swap them, or correct the date");
            }
        }
        for (Service s : site.services()) {
            references(s.origin(), "sources", s.sources(), sourceIds, "source", "data/sources.yaml");
            for (int i = 0; i < s.originProjects().size(); i++) {
                OriginProject link = s.originProjects().get(i);
                Origin at = new Origin(s.origin().file(), s.origin().field("origin_projects[" + i + "]"));
                reference(at, "project", link.target(), projectIds, "project", "data/projects/");
                link(at, link, sourceIds, "the service came from this project");
            }
            prices(s, sourceIds);
        }
        questions(site, sourceIds);
        pages(site.pages());
        return problems;
    }

    private void subsidyYear(Subsidy s, int firstYear) {
        if (s.year() < firstYear) {
            report(s.origin(), "year", "expected a year from " + firstYear + " (the founding year), found " + s.year(),
                    "check the year");
        } else if (s.year() > today.getYear() + YEARS_AHEAD) {
            report(s.origin(), "year", "expected a year at most " + YEARS_AHEAD + " years ahead, found " + s.year(),
                    "check the year");
        } else if (s.status() == SubsidyStatus.PAID && s.year() > today.getYear()) {
            report(s.origin(), "status", "a subsidy for " + s.year() + " cannot be paid yet: that year is still to come",
                    "use status: budgeted or granted");
        }
    }

    private void prices(Service s, Set<String> sourceIds) {
        List<PriceLine> prices = s.prices();
        for (int i = 0; i < prices.size(); i++) {
            PriceLine line = prices.get(i);
            Origin at = new Origin(s.origin().file(), s.origin().field("prices[" + i + "]"));
            references(at, "sources", line.sources(), sourceIds, "source", "data/sources.yaml");
            if (line.validTo() != null && line.validTo().isBefore(line.validFrom())) {
                report(at, "valid_to", "valid_to (" + line.validTo() + ") is before valid_from (" + line.validFrom() + ")",
                        "correct one of the dates");
                continue;
            }
            for (int j = 0; j < i; j++) {
                PriceLine earlier = prices.get(j);
                if (earlier.component().equals(line.component()) && earlier.unit() == line.unit() && overlap(earlier, line)) {
                    report(at, "valid_from", "the period of this price overlaps prices[" + j + "] of \"" + line.component()
                            + "\" (" + earlier.validFrom() + " to " + (earlier.validTo() == null ? "the next price" : earlier.validTo()) + ")",
                            earlier.validFrom().equals(line.validFrom()) ? "two prices of one component cannot start the same day"
                                    : "end the earlier price the day before this one starts");
                }
            }
        }
    }

    /**
     * Whether two prices of one component claim the same day. A price without {@code valid_to} holds until the
     * next price of its component starts (sources often say only "from 2021"), so only an explicit end that reaches
     * into the other period, or two prices starting the same day, overlap.
     */
    private static boolean overlap(PriceLine a, PriceLine b) {
        if (a.validFrom().equals(b.validFrom())) {
            return true;
        }
        PriceLine first = a.validFrom().isBefore(b.validFrom()) ? a : b;
        PriceLine second = first == a ? b : a;
        return first.validTo() != null && !first.validTo().isBefore(second.validFrom());
    }

    private void questions(Site site, Set<String> sourceIds) {
        Map<Integer, Question> numbers = new HashMap<>();
        Map<String, Set<String>> idsByType = Map.of("projects", ids(site.projects()), "services", ids(site.services()),
                "subsidies", ids(site.subsidies()), "sources", sourceIds);
        // In file order, so that a repeated number is reported where it is repeated, not where it is first used.
        List<Question> inFileOrder = site.questions().stream()
                .sorted(java.util.Comparator.comparingInt((Question q) -> position(q.origin()).line())
                        .thenComparingInt(q -> position(q.origin()).column()))
                .toList();
        for (Question q : inFileOrder) {
            references(q.origin(), "sources", q.sources(), sourceIds, "source", "data/sources.yaml");
            Question same = numbers.putIfAbsent(q.number(), q);
            if (same != null) {
                report(q.origin(), "number", "question number " + q.number() + " is used twice (also by \"" + same.id()
                        + "\" on line " + position(same.origin()).line() + ")", "give each question its own number");
            }
            for (int i = 0; i < q.answeredBy().size(); i++) {
                AnswerPage page = q.answeredBy().get(i);
                link(new Origin(q.origin().file(), q.origin().field("answered_by[" + i + "]")), page, sourceIds,
                        "the page answers this question");
                String target = page.target();
                String[] parts = target.split("/", 2);
                Set<String> known = idsByType.get(parts[0]);
                String field = "answered_by[" + i + "].page";
                if (known != null && (unreadable.contains("data/" + parts[0] + ".yaml") || unreadable.contains("data/" + parts[0] + "/"))) {
                    continue; // the file of that type could not be read: it was reported, its ids are unknown
                }
                if (known == null) {
                    report(q.origin(), field, "expected subsidies, projects, services, sources or type/id, found \"" + target + "\"",
                            "write for example projects or projects/bieblo");
                } else if (parts.length == 2 && !known.contains(parts[1]) && !brokenIds.contains(parts[1])) {
                    report(q.origin(), field, "no " + parts[0] + " record has the id \"" + parts[1] + "\"", hintFor(parts[1], known));
                }
            }
        }
    }

    /**
     * A link rests on exactly one of: sources that state it (each must exist), or our reading with its reason. Both is
     * refused too: a reader could not tell whether the sources state the link or only the reason does.
     *
     * @param at    where the link is written
     * @param link  the link
     * @param what  what a source would state, for the hint: "the service came from this project"
     */
    private void link(Origin at, Link link, Set<String> sourceIds, String what) {
        String key = link.targetField();
        if (link.sources().isEmpty() && link.ourReading() == null) {
            String id = link.target() == null ? "..." : link.target();
            boolean item = at.path().endsWith("]");
            String write = item ? "write the item as \"- " + key + ": " + id + "\" with a line \"sources: [source-id]\" below it"
                    : "write \"" + key + ":\" with the lines \"" + key + ": " + id + "\" and \"sources: [source-id]\" indented below it";
            report(at, key, "expected the link to \"" + id + "\" to give its sources or our reading, found neither",
                    write + " when a source states that " + what + ", or \"our_reading: why we link them\" instead of sources when "
                            + "no source does (docs/handleiding.md shows how)");
        } else if (!link.sources().isEmpty() && link.ourReading() != null) {
            report(at, "our_reading", "expected either sources or our_reading for the link to \"" + link.target() + "\", found both",
                    "keep sources when they state that " + what + "; otherwise remove sources and keep our_reading");
        }
        references(at, "sources", link.sources(), sourceIds, "source", "data/sources.yaml");
    }

    private void pages(List<ContentPage> pages) {
        for (ContentPage page : pages) {
            if (RESERVED_PAGES.contains(page.id())) {
                problems.add(page.origin().file(), 0, 0, "", "the page name \"" + page.id() + "\" is used by the site itself",
                        "rename the file, e.g. to over-" + page.id() + ".md");
            }
        }
    }

    private <T extends Identified> void uniqueIds(List<T> records) {
        Map<String, T> seen = new HashMap<>();
        for (T r : records) {
            T first = seen.putIfAbsent(r.id(), r);
            if (first != null) {
                var firstAt = sourceMap.position(first.origin().file(), first.origin().field("id"));
                report(r.origin(), "id", "duplicate id \"" + r.id() + "\" (first used on line " + firstAt.line() + ")",
                        "give each record its own id");
            }
        }
    }

    private void references(Origin origin, String field, List<String> ids, Set<String> known, String what, String where) {
        if (unreadable.contains(where)) {
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (!known.contains(id) && !brokenIds.contains(id)) {
                report(origin, field + "[" + i + "]", "no " + what + " has the id \"" + id + "\" (looked in " + where + ")",
                        hintFor(id, known));
            }
        }
    }

    private void reference(Origin origin, String field, String id, Set<String> known, String what, String where) {
        if (!unreadable.contains(where) && !known.contains(id) && !brokenIds.contains(id)) {
            report(origin, field, "no " + what + " has the id \"" + id + "\" (looked in " + where + ")", hintFor(id, known));
        }
    }

    private static String hintFor(String id, Set<String> known) {
        String near = be.openboek.load.NearMiss.closest(id, known);
        return near != null ? "did you mean \"" + near + "\"?" : "add the record, or correct the id";
    }

    private void report(Origin origin, String field, String message, String hint) {
        String path = origin.field(field);
        var at = sourceMap.position(origin.file(), path);
        problems.add(origin.file(), at.line(), at.column(), path, message, hint);
    }

    private SourceMap.Position position(Origin origin) {
        return sourceMap.position(origin.file(), origin.path());
    }

    private static <T extends Identified> Set<String> ids(List<T> records) {
        return records.stream().map(Identified::id).collect(Collectors.toSet());
    }
}
