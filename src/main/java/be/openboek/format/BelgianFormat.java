package be.openboek.format;

import be.openboek.model.PartialDate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Money and dates written the Belgian (Dutch) way, independent of the machine's locale:
 * {@code € 3.916.000}, {@code € 12,50}, {@code € 0,27152}, {@code 17 september 2020}; English pages keep the
 * amounts and only change the month names ({@code 17 September 2020}). Here rather than in render because the pages
 * and the change log (history) must write a figure the same way.
 */
public final class BelgianFormat {

    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
        "september", "oktober", "november", "december"};
    private static final String[] ENGLISH_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private BelgianFormat() {
    }

    /** {@code € 3.916.000} when whole, else {@code € 3.916.000,50}; unit prices keep all their published decimals. */
    public static String money(BigDecimal amount) {
        return amount == null ? "" : "€ " + number(amount);
    }

    /** The number part of {@link #money}: {@code 3.916.000}, {@code 12,50}, {@code 0,27152}. */
    public static String number(BigDecimal amount) {
        int decimals = Math.max(amount.scale(), 0);
        if (amount.signum() == 0 || amount.stripTrailingZeros().scale() <= 0) {
            decimals = 0;
        } else if (decimals < 2) {
            decimals = 2;
        }
        // Exact: the amount has at most `decimals` decimals, or is whole when `decimals` is 0 (what DecimalFormat with
        // the pattern #,##0.00… and Belgian symbols wrote, without making a format and its symbols for every number:
        // a page prints dozens; BelgianFormatTest compares the two).
        String plain = amount.setScale(decimals, RoundingMode.UNNECESSARY).abs().toPlainString();
        int point = decimals == 0 ? plain.length() : plain.length() - decimals - 1;
        StringBuilder out = new StringBuilder(plain.length() + point / 3 + 1);
        if (amount.signum() < 0) {
            out.append('-');
        }
        for (int i = 0; i < point; i++) {
            if (i > 0 && (point - i) % 3 == 0) {
                out.append('.');
            }
            out.append(plain.charAt(i));
        }
        if (decimals > 0) {
            out.append(',').append(plain, point + 1, plain.length());
        }
        return out.toString();
    }

    /** {@code 1 juli 2016}. */
    public static String date(LocalDate date) {
        return date(date, Language.NL);
    }

    /** {@code 2017}, {@code februari 2017} or {@code 15 mei 2017}, as precise as the source. */
    public static String date(PartialDate date) {
        return date(date, Language.NL);
    }

    /** {@code 1 juli 2016}; in English {@code 1 July 2016}. */
    public static String date(LocalDate date, Language language) {
        return date == null ? "" : date.getDayOfMonth() + " " + months(language)[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** {@code 2017}, {@code februari 2017} or {@code 15 mei 2017}, as precise as the source; in English {@code May 2017}. */
    public static String date(PartialDate date, Language language) {
        if (date == null) {
            return "";
        }
        if (!date.hasMonth()) {
            return String.valueOf(date.year());
        }
        String monthYear = months(language)[date.month() - 1] + " " + date.year();
        return date.hasDay() ? date.day() + " " + monthYear : monthYear;
    }

    private static String[] months(Language language) {
        return language == Language.EN ? ENGLISH_MONTHS : MONTHS;
    }
}
