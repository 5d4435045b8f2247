package be.openboek.validate;

import be.openboek.fields.Field;
import be.openboek.fields.FieldTable;
import be.openboek.fields.FieldTables;
import be.openboek.load.SourceMap;
import be.openboek.model.AnswerPage;
import be.openboek.model.ContentPage;
import be.openboek.model.FieldRecord;
import be.openboek.model.Identified;
import be.openboek.model.Link;
import be.openboek.model.Organisation;
import be.openboek.model.Origin;
import be.openboek.model.OriginProject;
import be.openboek.model.PriceLine;
import be.openboek.model.Project;
import be.openboek.model.ProjectCall;
import be.openboek.model.Question;
import be.openboek.model.Service;
import be.openboek.model.Site;
import be.openboek.model.Subsidy;
import be.openboek.model.SubsidyStatus;
import be.openboek.problem.Problems;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rules that span records: unique ids, references that resolve, years and dates in range, no subsidy line twice,
 * price periods that do not overlap. Looks at the records that had problems too, as far as they read well, so that
 * a run reports every problem at once. Reports problems; never changes the site.
 */
public final class SiteValidator {

    /** First year a subsidy can belong to when no founding date is known. */
    private static final int EARLIEST_YEAR = 2000;
    /** Budgets are made a few years ahead at most. */
    private static final int YEARS_AHEAD = 5;
    /** Folder names the generator itself uses; a content page may not take them. */
    static final Set<String> RESERVED_PAGES = Set.of("index", "subsidies", "projects", "services", "sources", "calls", "questions",
            "assets", "data", "datasets", "api", "schemas", "en", "changes", "404");
    /** Where the records of each type are written: {@code source} → {@code data/sources.yaml}, {@code project} → {@code data/projects/}. */
    private static final Map<String, String> PLACES = FieldTables.all().stream()
            .collect(Collectors.toMap(FieldTable::name, t -> t.file().replace("<id>.yaml", "")));

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

    /**
     * Checks {@code site} and the records that had problems while loading ({@code incomplete}, see
     * {@code SiteLoader.Result#incomplete}), so that one run reports every problem: a project with a wrong amount is
     * still checked for the sources it cites. A value that was wrong is left out of an incomplete record, and every
     * check that needs it skips it; references to an incomplete record are not reported (see {@code brokenIds}).
     *
     * @param site       the records that read well
     * @param incomplete the records that had problems, as far as they read well, or null
     */
    public Problems validate(Site site, Site incomplete) {
        Site all = incomplete == null ? site : together(site, incomplete);
        uniqueIds(all.sources());
        uniqueIds(all.calls());
        uniqueIds(all.subsidies());
        uniqueIds(all.questions());
        references(all, site);
        Integer founded = all.organisation() == null || all.organisation().founded() == null ? null
                : all.organisation().founded().getYear();
        int firstYear = founded == null ? EARLIEST_YEAR : founded;
        all.subsidies().forEach(s -> subsidyYear(s, firstYear));
        sameSubsidyLines(all.subsidies());
        for (Project p : all.projects()) {
            if (p.period() != null && p.period().start() != null && p.period().end() != null
                    && p.period().end().compareTo(p.period().start()) < 0) {
                report(p.origin(), "period.end", "the end (" + p.period().end() + ") is before the start (" + p.period().start() + ")",
                        "swap them, or correct the date");
            }
        }
        all.services().forEach(this::prices);
        questionNumbers(all.questions());
        pages(all.pages());
        return problems;
    }

    /** The records of both sites; the organisation of the one that has it. */
    private static Site together(Site site, Site incomplete) {
        return new Site(site.organisation() != null ? site.organisation() : incomplete.organisation(),
                concat(site.sources(), incomplete.sources()), concat(site.calls(), incomplete.calls()),
                concat(site.subsidies(), incomplete.subsidies()), concat(site.projects(), incomplete.projects()),
                concat(site.services(), incomplete.services()), concat(site.questions(), incomplete.questions()),
                concat(site.pages(), incomplete.pages()));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /**
     * Every id a record of {@code all} names, in any field the field tables declare as a reference (a source, a call,
     * an origin project, a page), also inside mappings such as price lines, must name a record of {@code site}.
     */
    private void references(Site all, Site site) {
        Map<String, Set<String>> known = Map.of("source", ids(site.sources()), "call", ids(site.calls()),
                "subsidy", ids(site.subsidies()), "project", ids(site.projects()), "service", ids(site.services()),
                "question", ids(site.questions()));
        Map<String, Set<String>> pages = Map.of("projects", known.get("project"), "services", known.get("service"),
                "subsidies", known.get("subsidy"), "sources", known.get("source"));
        if (all.organisation() != null) {
            references(all.organisation(), FieldTables.of(Organisation.class),
                    new Origin(FieldTables.of(Organisation.class).file(), ""), known, pages);
        }
        for (List<? extends Identified> records : List.of(all.sources(), all.calls(), all.subsidies(), all.projects(),
                all.services(), all.questions())) {
            for (Identified record : records) {
                references((FieldRecord) record, FieldTables.of(record.getClass()), record.origin(), known, pages);
            }
        }
    }

    private void references(FieldRecord record, FieldTable<?> table, Origin at, Map<String, Set<String>> known,
            Map<String, Set<String>> pages) {
        for (Field field : FieldTables.linking(table)) {
            Object value = record.fields().get(field.name());
            List<?> values = value == null ? List.of() : field.isList() ? (List<?>) value : java.util.Collections.singletonList(value);
            for (int i = 0; i < values.size(); i++) {
                Object item = values.get(i);
                String path = field.isList() ? field.name() + "[" + i + "]" : field.name();
                if (item == null) {
                    continue; // it was wrong, and that was reported
                }
                switch (field.kind()) {
                    case REF -> reference(at, path, (String) item, field.refersTo(), known.get(field.refersTo()));
                    case PAGE -> page(at, path, (String) item, pages);
                    case MAPPING -> {
                        Origin inner = new Origin(at.file(), at.field(path));
                        if (item instanceof Link link) {
                            basis(inner, link);
                        }
                        references((FieldRecord) item, field.mapping(), inner, known, pages);
                    }
                    default -> {
                    }
                }
            }
        }
    }

    private void subsidyYear(Subsidy s, int firstYear) {
        Integer year = s.fields().value("year", Integer.class);
        if (year == null) {
            return;
        }
        if (year < firstYear) {
            report(s.origin(), "year", "expected a year from " + firstYear + " (the founding year), found " + year,
                    "check the year");
        } else if (year > today.getYear() + YEARS_AHEAD) {
            report(s.origin(), "year", "expected a year at most " + YEARS_AHEAD + " years ahead, found " + year,
                    "check the year");
        } else if (s.status() == SubsidyStatus.PAID && year > today.getYear()) {
            report(s.origin(), "status", "a subsidy for " + year + " cannot be paid yet: that year is still to come",
                    "use status: budgeted or granted");
        }
    }

    /**
     * Two lines for the same year, purpose, status, funder and recipient would count that money twice in the year's
     * total. Texts are compared as a reader would: without regard to case and spacing. The second line is reported,
     * naming the first.
     */
    private void sameSubsidyLines(List<Subsidy> subsidies) {
        Map<List<Object>, Subsidy> first = new HashMap<>();
        for (Subsidy s : inFileOrder(subsidies)) {
            Integer year = s.fields().value("year", Integer.class);
            if (year == null || s.status() == null || s.purpose() == null || s.funder() == null || s.recipient() == null) {
                continue; // a wrong value was reported; the line cannot be compared
            }
            List<Object> key = List.of(year, s.status(), sameText(s.purpose()), sameText(s.funder()), sameText(s.recipient()));
            Subsidy earlier = first.putIfAbsent(key, s);
            if (earlier != null) {
                var at = position(earlier.origin());
                reportRecord(s.origin(), "duplicate subsidy line: the same year (" + year + "), purpose, status, funder and "
                        + "recipient as " + earlier.origin().path() + " (\"" + earlier.id() + "\") at " + earlier.origin().file()
                        + ":" + at.line() + ":" + at.column() + ", so " + year + " would count that money twice",
                        "merge the two lines into one, or make each purpose say how they differ");
            }
        }
    }

    /** A text as a reader compares it: " Vlaamse  Overheid" and "vlaamse overheid" are the same. */
    static String sameText(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private void prices(Service s) {
        List<PriceLine> prices = s.prices();
        for (int i = 0; i < prices.size(); i++) {
            PriceLine line = prices.get(i);
            if (line == null || line.validFrom() == null) {
                continue; // a wrong value was reported; the period is not known
            }
            Origin at = new Origin(s.origin().file(), s.origin().field("prices[" + i + "]"));
            if (line.validTo() != null && line.validTo().isBefore(line.validFrom())) {
                report(at, "valid_to", "valid_to (" + line.validTo() + ") is before valid_from (" + line.validFrom() + ")",
                        "correct one of the dates");
                continue;
            }
            if (line.component() == null || line.unit() == null) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                PriceLine earlier = prices.get(j);
                if (earlier == null || earlier.validFrom() == null || earlier.component() == null
                        || (earlier.validTo() != null && earlier.validTo().isBefore(earlier.validFrom()))) {
                    continue;
                }
                if (sameText(earlier.component()).equals(sameText(line.component())) && earlier.unit() == line.unit()
                        && overlap(earlier, line)) {
                    Origin earlierAt = new Origin(s.origin().file(), s.origin().field("prices[" + j + "]"));
                    var first = position(earlierAt);
                    report(at, "valid_from", "the period of this price overlaps prices[" + j + "] of \"" + earlier.component()
                            + "\" (" + earlier.validFrom() + " to " + (earlier.validTo() == null ? "the next price" : earlier.validTo())
                            + ") at " + earlierAt.file() + ":" + first.line() + ":" + first.column(),
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

    private void questionNumbers(List<Question> questions) {
        Map<Integer, Question> numbers = new HashMap<>();
        // In file order, so that a repeated number is reported where it is repeated, not where it is first used.
        for (Question q : inFileOrder(questions)) {
            Integer number = q.fields().value("number", Integer.class);
            Question same = number == null ? null : numbers.putIfAbsent(number, q);
            if (same != null) {
                report(q.origin(), "number", "question number " + number + " is used twice (also by \"" + same.id()
                        + "\" on line " + position(same.origin()).line() + ")", "give each question its own number");
            }
        }
    }

    /** A page a question is answered by: a list ({@code projects}) or a record ({@code projects/bieblo}). */
    private void page(Origin at, String field, String target, Map<String, Set<String>> pages) {
        String[] parts = target.split("/", 2);
        Set<String> known = pages.get(parts[0]);
        if (known != null && (unreadable.contains("data/" + parts[0] + ".yaml") || unreadable.contains("data/" + parts[0] + "/"))) {
            return; // the file of that type could not be read: it was reported, its ids are unknown
        }
        if (known == null) {
            report(at, field, "expected subsidies, projects, services, sources or type/id, found \"" + target + "\"",
                    "write for example projects or projects/bieblo");
        } else if (parts.length == 2 && !known.contains(parts[1]) && !brokenIds.contains(parts[1])) {
            report(at, field, "no " + parts[0] + " record has the id \"" + parts[1] + "\"", hintFor(parts[1], known));
        }
    }

    /**
     * A link rests on exactly one of: sources that state it (whose ids the walk over references checks), or our reading
     * with its reason. Both is refused too: a reader could not tell whether the sources state the link or only the
     * reason does.
     *
     * @param at   where the link is written
     * @param link the link
     */
    private void basis(Origin at, Link link) {
        String key = link.targetField();
        String what = link instanceof OriginProject ? "the service came from this project"
                : link instanceof ProjectCall ? "the project was selected in this call"
                : link instanceof AnswerPage ? "the page answers this question" : "the records belong together";
        if (link.sources().isEmpty() && link.ourReading() == null) {
            // A wrong id was reported already and left out; the link still needs its basis.
            String id = link.target() == null ? "<id>" : link.target();
            String to = link.target() == null ? "the link" : "the link to \"" + id + "\"";
            boolean item = at.path().endsWith("]");
            String write = item ? "write the item as \"- " + key + ": " + id + "\" with a line \"sources: [source-id]\" below it"
                    : "write \"" + key + ":\" with the lines \"" + key + ": " + id + "\" and \"sources: [source-id]\" indented below it";
            report(at, key, "expected " + to + " to give its sources or our reading, found neither",
                    write + " when a source states that " + what + ", or \"our_reading: why we link them\" instead of sources when "
                            + "no source does (docs/handleiding.md shows how)");
        } else if (!link.sources().isEmpty() && link.ourReading() != null) {
            report(at, "our_reading", "expected either sources or our_reading for the link to \"" + link.target() + "\", found both",
                    "keep sources when they state that " + what + "; otherwise remove sources and keep our_reading");
        }
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
        for (T r : inFileOrder(records)) {
            T first = r.id() == null ? null : seen.putIfAbsent(r.id(), r);
            if (first != null) {
                var firstAt = sourceMap.position(first.origin().file(), first.origin().field("id"));
                report(r.origin(), "id", "duplicate id \"" + r.id() + "\" (first used on line " + firstAt.line() + ")",
                        "give each record its own id");
            }
        }
    }

    /** A reference to a record of {@code type}, whose ids are {@code known}. */
    private void reference(Origin origin, String field, String id, String type, Set<String> known) {
        String where = PLACES.get(type);
        if (!unreadable.contains(where) && !known.contains(id) && !brokenIds.contains(id)) {
            report(origin, field, "no " + type + " has the id \"" + id + "\" (looked in " + where + ")", hintFor(id, known));
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

    /** A problem of a record as a whole, at the start of the record. */
    private void reportRecord(Origin origin, String message, String hint) {
        var at = position(origin);
        problems.add(origin.file(), at.line(), at.column(), origin.path(), message, hint);
    }

    /** {@code records} in the order they stand in their files. */
    private <T extends Identified> List<T> inFileOrder(List<T> records) {
        return records.stream().sorted(Comparator.comparing((T r) -> r.origin().file())
                .thenComparingInt(r -> position(r.origin()).line())
                .thenComparingInt(r -> position(r.origin()).column())).toList();
    }

    private SourceMap.Position position(Origin origin) {
        return sourceMap.position(origin.file(), origin.path());
    }

    private static <T extends Identified> Set<String> ids(List<T> records) {
        return records.stream().map(Identified::id).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }
}
