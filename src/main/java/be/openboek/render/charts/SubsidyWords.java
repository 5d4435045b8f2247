package be.openboek.render.charts;

import be.openboek.format.BelgianFormat;
import be.openboek.model.SubsidyStatus;
import be.openboek.render.charts.SubsidyFigures.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The subsidy chart in words: its summary, its table and the labels its drawings share. */
final class SubsidyWords {

    /** A status without any line in a year whose amounts are all published. */
    static final String NONE = "–";

    private final ChartText text;
    private final SubsidyFigures figures;

    SubsidyWords(ChartText text, SubsidyFigures figures) {
        this.text = text;
        this.figures = figures;
    }

    /** What a year without a total shows instead: not published, or not every amount published. */
    String noTotal(SubsidyFigures.Year year) {
        return year.kind() == Kind.NOT_PUBLISHED ? text.t("chart.not.published.short") : text.t("chart.subsidies.incomplete.short");
    }

    /** A legend entry: the purpose and the status. */
    String series(SubsidyFigures.Series series) {
        return text.t("chart.subsidies.series", purpose(series.purpose()), text.label(series.status()));
    }

    /** A purpose as the legend and the tooltips name it; null is the other purposes, with how many they are. */
    private String purpose(String purpose) {
        return purpose == null ? text.t("chart.subsidies.others", figures.others)
                : text.record(figures.firstOfPurpose.get(purpose), "purpose");
    }

    /** A segment's tooltip: year, purpose, status and amount, and how many lines it joins when more than one. */
    String segment(SubsidyFigures.Year year, SubsidyFigures.Segment segment) {
        String tooltip = year.year() + " · " + purpose(segment.purpose()) + " · " + text.label(segment.status()) + " · "
                + BelgianFormat.money(segment.amount());
        return segment.lines().size() == 1 ? tooltip : tooltip + " · " + text.t("chart.subsidies.lines", segment.lines().size());
    }

    /** A status's total over the complete years, with the years it counts. */
    String total(SubsidyFigures.Total total) {
        return text.t("chart.subsidies.total", text.label(total.status()), years(total.years()), BelgianFormat.money(total.amount()));
    }

    /** Sentences saying what the drawing shows: the span, each status's amounts and total, the gaps, the rule. */
    String summary() {
        if (figures.years.isEmpty()) {
            return text.t("chart.subsidies.none");
        }
        List<String> sentences = new ArrayList<>();
        int first = figures.years.get(0).year();
        int last = figures.years.get(figures.years.size() - 1).year();
        sentences.add(first == last ? text.t("chart.subsidies.summary.year", first) : text.t("chart.subsidies.summary.span", first, last));
        for (SubsidyFigures.Total total : figures.totals) {
            List<String> amounts = new ArrayList<>();
            for (SubsidyFigures.Year year : figures.years) {
                if (year.totals().containsKey(total.status())) {
                    amounts.add(text.t("chart.subsidies.summary.amount", BelgianFormat.money(year.totals().get(total.status())), year.year()));
                }
            }
            String status = capitalised(text.label(total.status()));
            sentences.add(amounts.size() == 1 ? text.t("chart.subsidies.summary.status", status, amounts.get(0))
                    : text.t("chart.subsidies.summary.status.total", status, text.list(amounts), BelgianFormat.money(total.amount())));
        }
        if (figures.totals.isEmpty()) {
            sentences.add(text.t("chart.subsidies.none"));
        }
        if (!figures.years(Kind.NOT_PUBLISHED).isEmpty()) {
            sentences.add(text.t("chart.subsidies.summary.gaps", text.list(figures.years(Kind.NOT_PUBLISHED))));
        }
        if (!figures.years(Kind.INCOMPLETE).isEmpty()) {
            sentences.add(text.t("chart.subsidies.summary.incomplete", text.list(figures.years(Kind.INCOMPLETE))));
        }
        sentences.add(rule());
        return String.join(" ", sentences);
    }

    /** When amounts are added up, in words. */
    String rule() {
        List<String> statuses = List.of(SubsidyStatus.values()).stream().map(text::label).toList();
        return text.t("chart.subsidies.rule", text.list(statuses));
    }

    /** A row per year, a column per status: the totals under the axis, and the totals over the years. */
    ChartTable table() {
        int columns = Math.max(figures.statuses.size(), 1);
        List<ChartTable.Cell> head = new ArrayList<>();
        head.add(ChartTable.Cell.heading(text.t("col.year")));
        if (figures.statuses.isEmpty()) {
            head.add(ChartTable.Cell.heading(text.t("col.amount")));
        }
        figures.statuses.forEach(status -> head.add(ChartTable.Cell.heading(text.label(status))));
        List<List<ChartTable.Cell>> body = new ArrayList<>();
        for (SubsidyFigures.Year year : figures.years) {
            List<ChartTable.Cell> row = new ArrayList<>();
            row.add(ChartTable.Cell.heading(String.valueOf(year.year())));
            if (year.kind() == Kind.COMPLETE) {
                for (SubsidyStatus status : figures.statuses) {
                    row.add(ChartTable.Cell.amount(year.totals().containsKey(status) ? BelgianFormat.money(year.totals().get(status)) : NONE, null));
                }
            } else {
                row.add(ChartTable.Cell.missing(noTotal(year), columns));
            }
            body.add(row);
        }
        List<List<ChartTable.Cell>> foot = new ArrayList<>();
        if (!figures.totals.isEmpty()) {
            List<ChartTable.Cell> row = new ArrayList<>();
            row.add(ChartTable.Cell.heading(text.t("chart.subsidies.table.total")));
            for (SubsidyFigures.Total total : figures.totals) {
                row.add(ChartTable.Cell.amount(BelgianFormat.money(total.amount()), years(total.years())));
            }
            foot.add(row);
        }
        return new ChartTable(text.t("chart.subsidies.table.caption"), head, body, foot);
    }

    private String years(List<Integer> years) {
        return text.list(years.stream().map(String::valueOf).toList());
    }

    private String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
