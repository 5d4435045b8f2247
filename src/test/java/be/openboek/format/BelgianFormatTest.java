package be.openboek.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Amounts read as a Belgian reader writes them, whatever their scale and sign. */
class BelgianFormatTest {

    @Test
    void amountsAreWrittenWithBelgianSeparatorsAndTheirDecimals() {
        assertEquals("€ 3.916.000", BelgianFormat.money(new BigDecimal("3916000.00")));
        assertEquals("€ 0,27152", BelgianFormat.money(new BigDecimal("0.27152")));
        assertEquals("€ 12,50", BelgianFormat.money(new BigDecimal("12.5")));
        assertEquals("€ 0,32670", BelgianFormat.money(new BigDecimal("0.32670")));
        assertEquals("-1.234,50", BelgianFormat.number(new BigDecimal("-1234.50")));
        assertEquals("0", BelgianFormat.number(new BigDecimal("0.000")));
        assertEquals("3.900.000", BelgianFormat.number(new BigDecimal("3.9E+6")));
        assertEquals("100", BelgianFormat.number(new BigDecimal("100")));
        assertEquals("999", BelgianFormat.number(new BigDecimal("999.0")));
        assertEquals("1.000", BelgianFormat.number(new BigDecimal("1000")));
        assertEquals("", BelgianFormat.money(null));
    }

    /** The figures are those a DecimalFormat with the Belgian symbols wrote, which the site used before. */
    @Test
    void everyAmountReadsAsTheDecimalFormatWroteIt() {
        Random random = new Random(19);
        for (int i = 0; i < 50_000; i++) {
            BigInteger unscaled = new BigInteger(1 + random.nextInt(60), random);
            BigDecimal amount = new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(12) - 4);
            assertEquals(oracle(amount), BelgianFormat.number(amount), amount.toString());
        }
    }

    private static String oracle(BigDecimal amount) {
        int decimals = Math.max(amount.scale(), 0);
        if (amount.signum() == 0 || amount.stripTrailingZeros().scale() <= 0) {
            decimals = 0;
        } else if (decimals < 2) {
            decimals = 2;
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
        return format.format(amount);
    }
}
