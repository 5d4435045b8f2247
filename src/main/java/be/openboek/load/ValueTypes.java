package be.openboek.load;

import be.openboek.fields.Field;
import be.openboek.fields.Slug;
import be.openboek.load.YamlNode.ScalarKind;
import be.openboek.model.Coded;
import be.openboek.model.PartialDate;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The value types records are made of, each with the message and hint staff see when a value is wrong. */
final class ValueTypes {

    private ValueTypes() {
    }

    private static final int MAX_ID_LENGTH = Slug.MAX_LENGTH;
    /** Nothing the site accounts for comes near a trillion euro; more is a typo. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    static final ValueType<String> TEXT = node -> {
        if (!(node instanceof YamlNode.Scalar scalar)) {
            return Conversion.fail("expected text, found " + node.describe(), node instanceof YamlNode.Sequence
                    ? "write one text, not a list; for several lines put | after the colon and indent the lines below it"
                    : "write the text on the same line, in quotes if it contains \": \"");
        }
        if (scalar.kind() == ScalarKind.NULL || scalar.text().isBlank()) {
            return Conversion.fail("expected text, found nothing", "fill in the text, or remove the line if the field is optional");
        }
        return Conversion.ok(stripTrailingNewline(scalar.text()));
    };

    static final ValueType<String> ID = id(java.util.Map.of());

    /**
     * An id; {@code taken} maps the ids of the other records of the same kind to where they stand, so that
     * the hint for a wrong id never suggests one that is already in use (e.g. two ids that differ only in case).
     */
    static ValueType<String> id(java.util.Map<String, String> taken) {
        return node -> {
            Conversion<String> text = TEXT.convert(node);
            if (text.failed()) {
                return Conversion.fail("expected an id like \"ebook-pilot\", found " + node.describe(), "");
            }
            String id = text.value();
            if (Slug.isValid(id)) {
                return Conversion.ok(id);
            }
            if (id.length() > MAX_ID_LENGTH) {
                return Conversion.fail("expected an id of at most " + MAX_ID_LENGTH + " characters, found " + id.length(), "shorten it");
            }
            String found = "found \"" + id + "\"";
            int odd = id.codePoints().filter(c -> c > 0x7f).findFirst().orElse(-1);
            if (odd >= 0) {
                found += ", whose character '" + new String(Character.toChars(odd)) + "' (" + String.format("U+%04X ", odd)
                        + Character.getName(odd) + ") is not a Latin letter";
            }
            String expected = "expected an id of lowercase letters a-z, digits and single hyphens, ";
            String suggestion = suggestSlug(id);
            String hint;
            if (suggestion.isEmpty()) {
                hint = "use only a-z, 0-9 and -";
            } else if (taken.containsKey(suggestion)) {
                hint = "\"" + suggestion + "\" is already the id of " + taken.get(suggestion)
                        + ": ids are lowercase, so two ids cannot differ only in capitals; choose another id";
            } else {
                hint = "write it as \"" + suggestion + "\"";
            }
            return Conversion.fail(expected + found, hint);
        };
    }

    static final ValueType<Integer> WHOLE_NUMBER = node -> {
        if (node instanceof YamlNode.Scalar s && s.kind() == ScalarKind.INTEGER && s.text().matches("0|[1-9][0-9]{0,8}")) {
            return Conversion.ok(Integer.valueOf(s.text()));
        }
        String text = scalarText(node);
        String hint = "";
        if (text != null && text.matches("0[0-9]+")) {
            hint = "leave out the leading zero: " + text.replaceFirst("^0+(?=.)", "");
        } else if (text != null && text.matches("[0-9]+(\\.0+)?[eE]\\+?[0-9]{1,2}")) {
            hint = "write the number in full: " + new BigDecimal(text).toBigInteger();
        }
        return Conversion.fail("expected a whole number like 3, found " + node.describe(), hint);
    };

    static final ValueType<Integer> YEAR = node -> {
        if (node instanceof YamlNode.Scalar s && s.kind() == ScalarKind.INTEGER && s.text().matches("\\d{4}")) {
            return Conversion.ok(Integer.valueOf(s.text()));
        }
        return Conversion.fail("expected a year like 2017, found " + node.describe(), "write the year as four digits, without quotes");
    };

    static final ValueType<BigDecimal> EURO = amount(2, "a euro amount like 3916000 or 3916000.50");

    static final ValueType<BigDecimal> UNIT_PRICE = amount(5, "a price like 0.27152 (at most 5 decimals)");

    static final ValueType<Boolean> BOOLEAN = node -> {
        if (node instanceof YamlNode.Scalar s && s.kind() == ScalarKind.BOOLEAN) {
            String t = s.text();
            if (t.equals("true") || t.equals("false")) {
                return Conversion.ok(Boolean.valueOf(t));
            }
            boolean yes = t.equalsIgnoreCase("yes") || t.equalsIgnoreCase("y") || t.equalsIgnoreCase("on") || t.equalsIgnoreCase("true");
            return Conversion.fail("expected true or false, found " + node.describe(), "write " + (yes ? "true" : "false"));
        }
        return Conversion.fail("expected true or false, found " + node.describe(), "");
    };

    static final ValueType<LocalDate> DATE = node -> {
        String text = scalarText(node);
        if (text != null) {
            try {
                if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return Conversion.ok(LocalDate.parse(text));
                }
            } catch (DateTimeParseException e) {
                return Conversion.fail("expected a date like 2016-07-01, found \"" + text + "\", which is not a day of the calendar", "check the month and the day");
            }
        }
        return Conversion.fail("expected a date like 2016-07-01, found " + node.describe(), dateHint(text));
    };

    static final ValueType<PartialDate> PARTIAL_DATE = node -> {
        String text = scalarText(node);
        if (text != null) {
            var date = PartialDate.parse(text);
            if (date.isPresent()) {
                return Conversion.ok(date.get());
            }
        }
        return Conversion.fail("expected a date like 2017, 2017-02 or 2017-02-15, found " + node.describe(), dateHint(text));
    };

    static final ValueType<String> URL = node -> {
        Conversion<String> text = TEXT.convert(node);
        if (text.failed()) {
            return Conversion.fail("expected a web address like https://www.example.be/, found " + node.describe(), "");
        }
        try {
            URI uri = new URI(text.value());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Conversion.ok(text.value());
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        return Conversion.fail("expected a web address starting with https:// or http://, found " + node.describe(),
                text.value().startsWith("www.") ? "write https://" + text.value() : "");
    };

    /** An address ending in "/": where the site is published, which its pages' addresses continue. */
    static final ValueType<String> SITE_URL = node -> {
        Conversion<String> url = URL.convert(node);
        if (url.failed() || url.value().endsWith("/")) {
            return url;
        }
        return Conversion.fail("expected the address to end with /, found " + node.describe(), "write \"" + url.value() + "/\"");
    };

    private static final Pattern ENTERPRISE = Pattern.compile("\\d{4}\\.\\d{3}\\.\\d{3}");

    /** A Belgian enterprise number as the KBO writes it: 0123.456.789. */
    static final ValueType<String> ENTERPRISE_NUMBER = node -> {
        Conversion<String> text = TEXT.convert(node);
        if (!text.failed() && ENTERPRISE.matcher(text.value()).matches()) {
            return text;
        }
        String digits = text.failed() ? "" : text.value().replaceAll("[^0-9]", "");
        return Conversion.fail("expected an enterprise number like \"0123.456.789\", found " + node.describe(),
                digits.length() == 10 ? "write it as \"" + digits.substring(0, 4) + "." + digits.substring(4, 7) + "."
                        + digits.substring(7) + "\", in quotes" : digits.length() == 9
                        ? "write it with a leading 0 as \"0" + digits.substring(0, 3) + "." + digits.substring(3, 6) + "."
                        + digits.substring(6) + "\", in quotes" : "write ten digits as 0123.456.789, in quotes");
    };

    /** The value type of a field of a table; lists take it per item. The record's own id is read by RecordReader.id(). */
    static ValueType<?> of(Field field) {
        return switch (field.kind()) {
            case TEXT, MARKDOWN, PAGE, MARKDOWN_FILE -> TEXT;
            case ID, REF -> ID;
            case DATE -> DATE;
            case PARTIAL_DATE -> PARTIAL_DATE;
            case YEAR -> YEAR;
            case WHOLE_NUMBER -> WHOLE_NUMBER;
            case EURO -> EURO;
            case UNIT_PRICE -> UNIT_PRICE;
            case URL -> URL;
            case SITE_URL -> SITE_URL;
            case ENTERPRISE_NUMBER -> ENTERPRISE_NUMBER;
            case BOOLEAN -> BOOLEAN;
            case CODE -> code(field.codes());
            case MAPPING -> throw new IllegalArgumentException("a mapping has fields, not a value type: " + field.name());
        };
    }

    /** One of the codes of {@code type} (an enum), e.g. {@code scaled_up}. */
    @SuppressWarnings("unchecked")
    static ValueType<Coded> code(Class<? extends Coded> type) {
        return (ValueType<Coded>) CODES.get(type);
    }

    /** Made once per enum: every code field of every record asks for it. */
    private static final ClassValue<ValueType<?>> CODES = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected ValueType<?> computeValue(Class<?> type) {
            return oneOf((Class) type);
        }
    };

    /**
     * One of the codes of {@code type}, e.g. {@code scaled_up}. A word the site shows for a code (its Dutch or English
     * label, e.g. {@code opgeschaald}) is not accepted, so that every record writes the code one way, but the hint
     * names the code to write; a typo gets a "did you mean".
     */
    static <E extends Enum<E> & Coded> ValueType<E> oneOf(Class<E> type) {
        E[] values = type.getEnumConstants();
        String allowed = Arrays.stream(values).map(Coded::code).collect(Collectors.joining(", "));
        CodeWords<E> words = new CodeWords<>(type);
        return node -> {
            String text = scalarText(node);
            String expected = "expected one of " + allowed + ", found " + node.describe();
            if (text == null) {
                return Conversion.fail(expected, "");
            }
            for (E value : values) {
                if (value.code().equals(text)) {
                    return Conversion.ok(value);
                }
            }
            E meant = words.meant(text);
            if (meant != null) {
                return Conversion.fail(expected, "write " + CodeWords.withLabel(meant));
            }
            String near = NearMiss.closest(text.toLowerCase(Locale.ROOT).replace(' ', '_'),
                    Arrays.stream(values).map(Coded::code).toList());
            if (near != null) {
                return Conversion.fail(expected, "did you mean \"" + near + "\"?");
            }
            E nearWord = words.near(text);
            return Conversion.fail(expected, nearWord == null ? "" : "did you mean " + CodeWords.withLabel(nearWord) + "?");
        };
    }

    private static ValueType<BigDecimal> amount(int maxDecimals, String expected) {
        Pattern exact = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]{1," + maxDecimals + "})?");
        return node -> {
            String text = scalarText(node);
            String found = "expected " + expected + ", found " + node.describe();
            if (text == null || (node instanceof YamlNode.Scalar s && s.kind() == ScalarKind.BOOLEAN)) {
                return Conversion.fail(found, "");
            }
            String t = text.trim();
            if (exact.matcher(t).matches()) {
                BigDecimal value = new BigDecimal(t);
                if (value.compareTo(MAX_AMOUNT) > 0) {
                    return Conversion.fail("expected an amount below a trillion euro, found " + node.describe(), "check the number of zeros");
                }
                return Conversion.ok(maxDecimals == 2 ? value.setScale(2) : value);
            }
            return Conversion.fail(found, amountHint(t, maxDecimals));
        };
    }

    private static String amountHint(String t, int maxDecimals) {
        if (t.startsWith("-")) {
            return "amounts cannot be negative; describe a cut or refund in the notes";
        }
        if (t.contains("€") || t.toUpperCase(Locale.ROOT).contains("EUR")) {
            String number = t.replaceAll("(?i)€|eur(o)?", "").strip();
            String more = amountHint(number, maxDecimals);
            if (number.matches("(0|[1-9][0-9]*)(\\.[0-9]+)?") && more.isEmpty()) {
                return "leave out the euro sign: write only the number: " + number;
            }
            return "leave out the euro sign and write only the number" + (more.isEmpty() ? "" : "; " + more);
        }
        if (t.matches("[0-9.]*[eE][-+]?[0-9]+")) {
            try {
                return "write the amount in full, e.g. " + new BigDecimal(t).toPlainString();
            } catch (NumberFormatException e) {
                return "write the amount in full, without an exponent";
            }
        }
        if (t.matches("[0-9]{1,3}(\\.[0-9]{3})+(,[0-9]+)?")) {
            String plain = t.replace(".", "").replace(',', '.');
            return "write it without thousands separators and with a dot for decimals: " + plain;
        }
        if (t.matches("[0-9]{1,3}([ _'][0-9]{3})+([.,][0-9]+)?")) {
            return "write it without thousands separators: " + t.replaceAll("[ _']", "").replace(',', '.');
        }
        if (t.matches("[0-9]+,[0-9]+")) {
            return "use a dot as the decimal separator: " + t.replace(',', '.');
        }
        if (t.matches("[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?")) {
            return "write it without thousands separators: " + t.replace(",", "");
        }
        if (t.matches("[0-9]+\\.[0-9]+")) {
            return maxDecimals == 2 ? "a euro amount has at most 2 decimals (whole cents)"
                    : "a price has at most " + maxDecimals + " decimals";
        }
        if (t.matches("0[0-9]+(\\.[0-9]+)?")) {
            return "leave out the leading zero";
        }
        return "";
    }

    private static String dateHint(String text) {
        if (text == null) {
            return "";
        }
        var dmy = java.util.regex.Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})").matcher(text.trim());
        if (dmy.matches()) {
            return String.format("write dates as year-month-day: %s-%02d-%02d", dmy.group(3),
                    Integer.parseInt(dmy.group(2)), Integer.parseInt(dmy.group(1)));
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}[T ].*")) {
            return "write only the date, without a time: " + text.substring(0, 10);
        }
        return "";
    }

    /** The text of a scalar, whatever YAML typed it as; null for lists, mappings and empty values. */
    static String scalarText(YamlNode node) {
        if (node instanceof YamlNode.Scalar s && s.kind() != ScalarKind.NULL && !s.text().isBlank()) {
            return s.text().trim();
        }
        return null;
    }

    private static String stripTrailingNewline(String text) {
        return text.endsWith("\n") ? text.stripTrailing() : text;
    }

    /** Cyrillic and Greek letters that look like Latin ones (pairs: look-alike, Latin), as copy and paste brings them in. */
    private static final String LOOKALIKES = "аaеeоoрpсcхxуyіiѕsјjԁdһhԛqԝwАaВbЕeКkМmНhОoРpСcТtХxΑaΒbΕeΗhΙiΚkΜmΝnΟoΡpΤtΧxοoνvιiκkρp";

    /** The slug {@code id} was probably meant to be, or empty when there is none. */
    static String suggestSlug(String id) {
        StringBuilder latin = new StringBuilder();
        id.codePoints().forEach(c -> {
            int at = c > 0x7f ? LOOKALIKES.indexOf(c) : -1;
            if (at >= 0 && at % 2 == 0) {
                latin.append(LOOKALIKES.charAt(at + 1));
            } else {
                latin.appendCodePoint(c);
            }
        });
        String s = java.text.Normalizer.normalize(latin, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return Slug.isValid(s) ? s : "";
    }
}
