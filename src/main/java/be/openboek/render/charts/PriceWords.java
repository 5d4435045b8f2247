package be.openboek.render.charts;

import be.openboek.format.BelgianFormat;
import be.openboek.model.PriceLine;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The price chart in words: each component's first and last price, the gaps, and which prices include VAT. */
final class PriceWords {

    private final ChartText text;

    PriceWords(ChartText text) {
        this.text = text;
    }

    /** {@code incl. btw}, {@code excl. btw}, {@code btw niet vermeld}. */
    String vat(Vat vat) {
        return text.t("chart.prices.vat." + vat.code());
    }

    /** @param series the drawn price lines per component, each list in date order */
    String summary(Map<String, List<PriceLine>> series) {
        List<String> sentences = new ArrayList<>();
        List<String> gapYears = new ArrayList<>();
        Map<Vat, List<String>> byVat = new EnumMap<>(Vat.class);
        for (Map.Entry<String, List<PriceLine>> entry : series.entrySet()) {
            String component = text.record(entry.getValue().get(0), "component");
            List<PriceLine> known = entry.getValue().stream().filter(l -> l.amount() != null).toList();
            if (known.size() == 1) {
                PriceLine only = known.get(0);
                sentences.add(text.t("chart.prices.series.one", component, BelgianFormat.money(only.amount()), only.validFrom().getYear(),
                        vat(Vat.of(only))));
            } else if (known.size() > 1) {
                PriceLine first = known.get(0);
                PriceLine last = known.get(known.size() - 1);
                sentences.add(text.t("chart.prices.series", component, BelgianFormat.money(first.amount()), first.validFrom().getYear(),
                        vat(Vat.of(first)), BelgianFormat.money(last.amount()), last.validFrom().getYear(), vat(Vat.of(last))));
            }
            for (PriceLine line : known) {
                String price = series.size() == 1
                        ? text.t("chart.prices.vat.price", BelgianFormat.money(line.amount()), line.validFrom().getYear())
                        : text.t("chart.prices.vat.price.component", BelgianFormat.money(line.amount()), component, line.validFrom().getYear());
                byVat.computeIfAbsent(Vat.of(line), v -> new ArrayList<>()).add(price);
            }
            for (PriceLine line : entry.getValue()) {
                if (line.amount() == null) {
                    int from = line.validFrom().getYear();
                    int to = line.validTo() == null ? from : line.validTo().getYear();
                    String years = from == to ? String.valueOf(from) : from + "–" + to;
                    if (!gapYears.contains(years)) {
                        gapYears.add(years);
                    }
                }
            }
        }
        if (!gapYears.isEmpty()) {
            sentences.add(text.t("chart.prices.summary.gaps", text.list(gapYears)));
        }
        if (byVat.size() == 1) {
            sentences.add(text.t("chart.prices.vat.all." + byVat.keySet().iterator().next().code()));
        } else if (byVat.size() > 1) {
            List<String> parts = new ArrayList<>();
            byVat.forEach((vat, prices) -> parts.add(text.t("chart.prices.vat.part." + vat.code(), text.list(prices))));
            sentences.add(text.t("chart.prices.vat.mixed", text.list(parts)));
        }
        return String.join(" ", sentences);
    }
}
