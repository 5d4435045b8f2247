package be.openboek.render;

import be.openboek.format.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.openboek.model.PartialDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Formats fmt = new Formats();

    @Test
    void wholeAmountsHaveNoCents() {
        assertEquals("€ 3.916.000", fmt.money(new BigDecimal("3916000.00")));
        assertEquals("€ 5.414.000", fmt.money(new BigDecimal("5414000")));
        assertEquals("€ 0", fmt.money(new BigDecimal("0.00")));
    }

    @Test
    void centsUseADecimalComma() {
        assertEquals("€ 12,50", fmt.money(new BigDecimal("12.5")));
        assertEquals("€ 1.250.000,50", fmt.money(new BigDecimal("1250000.50")));
    }

    @Test
    void unitPricesKeepEveryPublishedDecimal() {
        assertEquals("€ 0,27152", fmt.money(new BigDecimal("0.27152")));
        assertEquals("€ 0,32670", fmt.money(new BigDecimal("0.32670")));
        assertEquals("€ 0,24", fmt.money(new BigDecimal("0.24")));
    }

    @Test
    void englishPagesGetEnglishMonthsButBelgianAmounts() {
        Formats en = new Formats(Language.EN);
        assertEquals("17 September 2020", en.date(LocalDate.of(2020, 9, 17)));
        assertEquals("February 2017", en.date(PartialDate.parse("2017-02").orElseThrow()));
        assertEquals("1 July 2016", en.date(PartialDate.parse("2016-07-01").orElseThrow()));
        assertEquals("2018", en.date(PartialDate.parse("2018").orElseThrow()));
        assertEquals("€ 3.916.000", en.money(new BigDecimal("3916000.00")));
        assertEquals("€ 0,27152", en.money(new BigDecimal("0.27152")));
    }

    @Test
    void datesAreDutchAndAsPreciseAsTheSource() {
        assertEquals("17 september 2020", fmt.date(LocalDate.of(2020, 9, 17)));
        assertEquals("februari 2017", fmt.date(PartialDate.parse("2017-02").orElseThrow()));
        assertEquals("2018", fmt.date(PartialDate.parse("2018").orElseThrow()));
        assertEquals("1 juli 2016", fmt.date(PartialDate.parse("2016-07-01").orElseThrow()));
    }
}
