package be.openboek.render.charts;

import be.openboek.model.Subsidy;
import be.openboek.model.SubsidyStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the subsidy chart shows, worked out once so that its drawings, its summary and its table say the same.
 *
 * <p>Every year from the first to the last line is there, also a year without any line. Amounts of different
 * statuses are never added: a year has a bar and a total per status. A total is given only for a year where every
 * line has an amount ({@link Kind#COMPLETE}), and a total over years only counts such years.
 */
final class SubsidyFigures {

    /** How much of a year's amounts the sources give. */
    enum Kind {
        /** Every line has an amount: the year has a total per status. */
        COMPLETE,
        /** Some lines have an amount and some not: the known amounts are drawn, but the year has no total. */
        INCOMPLETE,
        /** No line, or no line with an amount: an empty, labelled place on the axis. */
        NOT_PUBLISHED;

        /** The class of the year's group in the drawings: {@code complete}, {@code incomplete}, {@code not-published}. */
        String cssClass() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One year.
     *
     * @param year   the year
     * @param kind   how much of it is published
     * @param bars   per status, the segments of its bar, first purpose first
     * @param totals per status of the year's lines, their sum; only in a complete year
     */
    record Year(int year, Kind kind, Map<SubsidyStatus, List<Segment>> bars, Map<SubsidyStatus, BigDecimal> totals) {
    }

    /**
     * A part of a bar: the lines of one purpose (or of the other purposes) at one status in one year, with an amount
     * above zero.
     *
     * @param purpose the purpose, or null for the other purposes ({@link #others})
     * @param amount  the sum of the lines' amounts
     * @param lines   the lines, at least one
     */
    record Segment(String purpose, SubsidyStatus status, BigDecimal amount, List<Subsidy> lines) {
    }

    /**
     * A purpose at a status: one colour and one pattern in the bars, one entry in the legend.
     *
     * @param purpose the purpose, or null for the other purposes
     */
    record Series(String purpose, SubsidyStatus status) {
    }

    /** The colour of the other purposes: a grey apart from every colour of the palette. */
    static final String OTHERS_COLOUR = "#5f6368";

    /**
     * The sum of one status over the complete years that have it.
     *
     * @param years  the years counted, ascending
     * @param amount their sum
     */
    record Total(SubsidyStatus status, List<Integer> years, BigDecimal amount) {
    }

    /** Every purpose, in the order of the lines. */
    final List<String> purposes = new ArrayList<>();
    /**
     * The purposes drawn in a colour of their own: all of them when the palette has enough colours; else the ones with
     * the largest amounts, one fewer than the palette has, so that no two purposes share a colour.
     */
    private final Set<String> coloured = new HashSet<>();
    /** How many purposes are drawn together, in grey, as the other purposes (0 when every purpose has a colour). */
    final int others;
    /** A line of each purpose whose text names the purpose in the legend: the first with an English version, else the first. */
    final Map<String, Subsidy> firstOfPurpose = new HashMap<>();
    final List<Year> years = new ArrayList<>();
    /** The statuses that have a total in some year, in the order of {@link SubsidyStatus}. */
    final List<SubsidyStatus> statuses = new ArrayList<>();
    final List<Series> series;
    final List<Total> totals = new ArrayList<>();
    /** The highest bar: the largest sum of the drawn amounts of one status in one year. */
    final BigDecimal max;

    SubsidyFigures(List<Subsidy> subsidies) {
        TreeMap<Integer, List<Subsidy>> byYear = new TreeMap<>();
        for (Subsidy s : subsidies) {
            byYear.computeIfAbsent(s.year(), y -> new ArrayList<>()).add(s);
            if (!purposes.contains(s.purpose())) {
                purposes.add(s.purpose());
                firstOfPurpose.put(s.purpose(), s);
            } else if (firstOfPurpose.get(s.purpose()).fields().english("purpose") == null && s.fields().english("purpose") != null) {
                firstOfPurpose.put(s.purpose(), s);
            }
        }
        coloured.addAll(largest(subsidies, purposes.size() <= Svg.PALETTE.length ? purposes.size() : Svg.PALETTE.length - 1));
        others = purposes.size() - coloured.size();
        Set<Series> drawn = new LinkedHashSet<>();
        BigDecimal highest = BigDecimal.ZERO;
        if (!byYear.isEmpty()) {
            for (int year = byYear.firstKey(); year <= byYear.lastKey(); year++) {
                Year y = year(year, byYear.getOrDefault(year, List.of()));
                years.add(y);
                for (Map.Entry<SubsidyStatus, List<Segment>> bar : y.bars().entrySet()) {
                    BigDecimal height = BigDecimal.ZERO;
                    for (Segment s : bar.getValue()) {
                        drawn.add(new Series(s.purpose(), s.status()));
                        height = height.add(s.amount());
                    }
                    highest = highest.max(height);
                }
            }
        }
        max = highest;
        series = drawn.stream().sorted(Comparator.comparing((Series s) -> place(s.purpose())).thenComparing(Series::status)).toList();
        for (SubsidyStatus status : SubsidyStatus.values()) {
            List<Integer> counted = years.stream().filter(y -> y.totals().containsKey(status)).map(Year::year).toList();
            if (!counted.isEmpty()) {
                statuses.add(status);
                BigDecimal sum = years.stream().map(y -> y.totals().get(status)).filter(t -> t != null).reduce(BigDecimal.ZERO, BigDecimal::add);
                totals.add(new Total(status, counted, sum));
            }
        }
    }

    private Year year(int year, List<Subsidy> lines) {
        boolean any = lines.stream().anyMatch(s -> s.amount() != null);
        boolean all = !lines.isEmpty() && lines.stream().allMatch(s -> s.amount() != null);
        Kind kind = all ? Kind.COMPLETE : any ? Kind.INCOMPLETE : Kind.NOT_PUBLISHED;
        List<Subsidy> ordered = new ArrayList<>(lines);
        ordered.sort(Comparator.comparing((Subsidy s) -> place(drawnAs(s))).thenComparing(Subsidy::id));
        Map<SubsidyStatus, List<Segment>> bars = new EnumMap<>(SubsidyStatus.class);
        Map<SubsidyStatus, BigDecimal> sums = new EnumMap<>(SubsidyStatus.class);
        for (Subsidy s : ordered) {
            if (s.amount() != null && s.amount().signum() > 0) {
                // Lines of one purpose and status in a year are one segment: the legend names no finer part.
                List<Segment> bar = bars.computeIfAbsent(s.status(), st -> new ArrayList<>());
                Segment last = bar.isEmpty() ? null : bar.get(bar.size() - 1);
                if (last != null && Objects.equals(last.purpose(), drawnAs(s))) {
                    List<Subsidy> joined = new ArrayList<>(last.lines());
                    joined.add(s);
                    bar.set(bar.size() - 1, new Segment(last.purpose(), s.status(), last.amount().add(s.amount()), List.copyOf(joined)));
                } else {
                    bar.add(new Segment(drawnAs(s), s.status(), s.amount(), List.of(s)));
                }
            }
            if (kind == Kind.COMPLETE) {
                sums.merge(s.status(), s.amount(), BigDecimal::add);
            }
        }
        return new Year(year, kind, bars, sums);
    }

    /**
     * The {@code count} purposes with the largest amounts: a purpose's size is its largest sum at one status over all
     * years (statuses are never added up); equal sizes keep the order of the lines.
     */
    private List<String> largest(List<Subsidy> subsidies, int count) {
        Map<String, Map<SubsidyStatus, BigDecimal>> sums = new HashMap<>();
        for (Subsidy s : subsidies) {
            if (s.amount() != null) {
                sums.computeIfAbsent(s.purpose(), p -> new EnumMap<>(SubsidyStatus.class)).merge(s.status(), s.amount(), BigDecimal::add);
            }
        }
        Map<String, BigDecimal> size = new HashMap<>();
        purposes.forEach(p -> size.put(p, sums.getOrDefault(p, Map.of()).values().stream().reduce(BigDecimal.ZERO, BigDecimal::max)));
        return purposes.stream().sorted(Comparator.comparing(size::get).reversed()).limit(count).toList();
    }

    /** The purpose a line is drawn as: its own, or null for the other purposes. */
    private String drawnAs(Subsidy line) {
        return coloured.contains(line.purpose()) ? line.purpose() : null;
    }

    /** Where a drawn purpose comes in a bar and in the legend: in the order of the lines, the other purposes last. */
    private int place(String purpose) {
        return purpose == null ? purposes.size() : purposes.indexOf(purpose);
    }

    /**
     * The colour of a purpose, the same in every year and in the legend: the palette's in the order of the coloured
     * purposes, grey for the other purposes (null).
     */
    String colour(String purpose) {
        if (purpose == null) {
            return OTHERS_COLOUR;
        }
        int n = 0;
        for (String p : purposes) {
            if (p.equals(purpose)) {
                break;
            }
            if (coloured.contains(p)) {
                n++;
            }
        }
        return Svg.PALETTE[n % Svg.PALETTE.length];
    }

    /** The years of one kind, as text. */
    List<String> years(Kind kind) {
        return years.stream().filter(y -> y.kind() == kind).map(y -> String.valueOf(y.year())).toList();
    }
}
