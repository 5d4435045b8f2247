package be.openboek.render.charts;

import be.openboek.model.Subsidy;
import be.openboek.model.SubsidyStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One year.
     *
     * @param year   the year
     * @param kind   how much of it is published
     * @param bars   per status, the lines drawn as segments of its bar (amount above zero), first purpose first
     * @param totals per status of the year's lines, their sum; only in a complete year
     */
    record Year(int year, Kind kind, Map<SubsidyStatus, List<Subsidy>> bars, Map<SubsidyStatus, BigDecimal> totals) {
    }

    /** A purpose at a status: one colour and one pattern in the bars, one entry in the legend. */
    record Series(String purpose, SubsidyStatus status) {
    }

    /**
     * The sum of one status over the complete years that have it.
     *
     * @param years  the years counted, ascending
     * @param amount their sum
     */
    record Total(SubsidyStatus status, List<Integer> years, BigDecimal amount) {
    }

    final List<String> purposes = new ArrayList<>();
    /** A line of each purpose whose text names the purpose in the legend: the first with an English version, else the first. */
    final Map<String, Subsidy> firstOfPurpose = new java.util.HashMap<>();
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
        Set<Series> drawn = new LinkedHashSet<>();
        BigDecimal highest = BigDecimal.ZERO;
        if (!byYear.isEmpty()) {
            for (int year = byYear.firstKey(); year <= byYear.lastKey(); year++) {
                Year y = year(year, byYear.getOrDefault(year, List.of()));
                years.add(y);
                for (Map.Entry<SubsidyStatus, List<Subsidy>> bar : y.bars().entrySet()) {
                    BigDecimal height = BigDecimal.ZERO;
                    for (Subsidy s : bar.getValue()) {
                        drawn.add(new Series(s.purpose(), s.status()));
                        height = height.add(s.amount());
                    }
                    highest = highest.max(height);
                }
            }
        }
        max = highest;
        series = drawn.stream().sorted(Comparator.comparing((Series s) -> purposes.indexOf(s.purpose())).thenComparing(Series::status))
                .toList();
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
        ordered.sort(Comparator.comparing((Subsidy s) -> purposes.indexOf(s.purpose())).thenComparing(Subsidy::id));
        Map<SubsidyStatus, List<Subsidy>> bars = new EnumMap<>(SubsidyStatus.class);
        Map<SubsidyStatus, BigDecimal> sums = new EnumMap<>(SubsidyStatus.class);
        for (Subsidy s : ordered) {
            if (s.amount() != null && s.amount().signum() > 0) {
                bars.computeIfAbsent(s.status(), st -> new ArrayList<>()).add(s);
            }
            if (kind == Kind.COMPLETE) {
                sums.merge(s.status(), s.amount(), BigDecimal::add);
            }
        }
        return new Year(year, kind, bars, sums);
    }

    /** The colour of a purpose, the same in every year and in the legend. */
    String colour(String purpose) {
        return Svg.PALETTE[purposes.indexOf(purpose) % Svg.PALETTE.length];
    }

    /** The years of one kind, as text. */
    List<String> years(Kind kind) {
        return years.stream().filter(y -> y.kind() == kind).map(y -> String.valueOf(y.year())).toList();
    }
}
