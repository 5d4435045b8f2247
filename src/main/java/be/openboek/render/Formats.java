package be.openboek.render;

import be.openboek.format.Language;
import be.openboek.format.BelgianFormat;
import be.openboek.model.PartialDate;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Money and dates the Belgian (Dutch) way, independent of the machine's locale: {@code € 3.916.000},
 * {@code € 12,50}, {@code € 0,27152}, {@code 17 september 2020}. Templates call it as {@code fmt}; the rules
 * themselves are in {@link BelgianFormat}, shared with the change log.
 *
 * <p>English pages get English month names ({@code 17 September 2020}) but keep the Belgian number format
 * ({@code € 3.916.000}, {@code € 0,27152}): the figures are Belgian public money, they read the same as in the
 * Dutch pages, the parliamentary answers and the sources they are quoted from, and a reader comparing the two
 * languages never meets two spellings of one amount. The English pages say so in a note.
 */
public final class Formats {

    private final Language language;

    /** Dutch formats. */
    public Formats() {
        this(Language.NL);
    }

    /** Formats for pages in {@code language}: only the month names differ. */
    public Formats(Language language) {
        this.language = language;
    }

    /** {@code € 3.916.000} when whole, else {@code € 3.916.000,50}; unit prices keep all their published decimals. */
    public String money(BigDecimal amount) {
        return BelgianFormat.money(amount);
    }

    /** The number part of {@link #money}: {@code 3.916.000}, {@code 12,50}, {@code 0,27152}. */
    public String number(BigDecimal amount) {
        return BelgianFormat.number(amount);
    }

    /** A whole count with Belgian grouping: {@code 1.234}. */
    public String count(long n) {
        return number(BigDecimal.valueOf(n));
    }

    /** {@code 1 juli 2016}; in English {@code 1 July 2016}. */
    public String date(LocalDate date) {
        return BelgianFormat.date(date, language);
    }

    /** {@code 2017}, {@code februari 2017} or {@code 15 mei 2017}, as precise as the source; in English {@code May 2017}. */
    public String date(PartialDate date) {
        return BelgianFormat.date(date, language);
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

    /** A file size the Belgian way: {@code 812 bytes}, {@code 12,3 kB}, {@code 1,5 MB} (1 kB = 1000 bytes). */
    public String bytes(long size) {
        if (size < 1000) {
            return size + " bytes";
        }
        boolean mega = size >= 1_000_000;
        BigDecimal value = BigDecimal.valueOf(size).divide(BigDecimal.valueOf(mega ? 1_000_000 : 1000), 1, java.math.RoundingMode.HALF_UP);
        return value.toPlainString().replace('.', ',') + (mega ? " MB" : " kB");
    }
}
