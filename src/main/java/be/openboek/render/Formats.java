package be.openboek.render;

import be.openboek.model.PartialDate;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Money and dates the Belgian (Dutch) way, independent of the machine's locale: {@code € 3.916.000},
 * {@code € 12,50}, {@code € 0,27152}, {@code 17 september 2020}. Templates call it as {@code fmt}.
 */
public final class Formats {

    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
        "september", "oktober", "november", "december"};

    /** {@code € 3.916.000} when whole, else {@code € 3.916.000,50}; unit prices keep all their published decimals. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return "€ " + number(amount);
    }

    /** The number part of {@link #money}: {@code 3.916.000}, {@code 12,50}, {@code 0,27152}. */
    public String number(BigDecimal amount) {
        BigDecimal value = amount;
        int decimals = Math.max(value.scale(), 0);
        if (value.signum() == 0 || value.stripTrailingZeros().scale() <= 0) {
            decimals = 0;
        } else if (decimals < 2) {
            decimals = 2;
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
        format.setParseBigDecimal(true);
        return format.format(value);
    }

    /** A whole count with Belgian grouping: {@code 1.234}. */
    public String count(long n) {
        return number(BigDecimal.valueOf(n));
    }

    /** {@code 1 juli 2016}. */
    public String date(LocalDate date) {
        return date == null ? "" : date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** {@code 2017}, {@code februari 2017} or {@code 15 mei 2017}, as precise as the source. */
    public String date(PartialDate date) {
        if (date == null) {
            return "";
        }
        if (!date.hasMonth()) {
            return String.valueOf(date.year());
        }
        String monthYear = MONTHS[date.month() - 1] + " " + date.year();
        return date.hasDay() ? date.day() + " " + monthYear : monthYear;
    }

    /** ISO form for {@code <time datetime>}: {@code 2017-02} or {@code 2017-02-15}. */
    public String iso(PartialDate date) {
        return date == null ? "" : date.iso();
    }

    /** ISO form for {@code <time datetime>}. */
    public String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** A plain machine value for data attributes: {@code 3916000.00}. */
    public String plain(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }
}
