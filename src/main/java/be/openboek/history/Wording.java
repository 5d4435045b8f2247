package be.openboek.history;

import be.openboek.fields.Field;
import be.openboek.fields.ValueKind;
import be.openboek.format.BelgianFormat;
import be.openboek.format.Labels;
import be.openboek.format.Language;
import be.openboek.format.Messages;
import be.openboek.model.Coded;
import be.openboek.model.PartialDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The change log's words in one language, from the message bundles ({@code changes.*} keys) and the field tables'
 * labels: record names ("Subsidie 2017"), values as the pages write them (amounts the Belgian way, dates in words,
 * codes by their label), and the summary of a commit that heads its entry. What changed is found once, without
 * words, by {@link SiteDiff}; this class only writes it.
 */
final class Wording {

    static final Wording NL = new Wording(Language.NL);
    static final Wording EN = new Wording(Language.EN);

    /** More records than this changed in one commit are summed up by count ("24 bronnen toegevoegd"). */
    static final int NAMED_IN_SUMMARY = 3;
    /** The record types in the order the change log lists them. */
    static final List<String> TYPES = List.of("organisation", "source", "call", "subsidy", "project", "service", "question");

    private final Language language;
    private final Messages messages;

    private Wording(Language language) {
        this.language = language;
        this.messages = Messages.of(language);
    }

    String text(String key, Object... args) {
        return String.valueOf(messages.text(key, args));
    }

    /** "Subsidie 2017", "Bron “Jaarverslag 2018”", "Organisatie". */
    String record(String type, String name) {
        return CommitText.cut(CommitText.clean(text("changes.record." + type, name)));
    }

    /** The field's short name ("bedrag"). */
    String label(Field field) {
        String label = language == Language.EN ? field.labelEn() : field.labelNl();
        return label == null ? field.name() : label;
    }

    /** "periode, begin": a field within a mapping. */
    String within(String outer, String inner) {
        return outer + ", " + inner;
    }

    /** The words of one change. */
    Words words(SiteDiff.Found found) {
        String record = record(found.type(), found.name());
        return switch (found.kind()) {
            case ADDED -> Words.sentence(text("changes.added", record) + (found.detail().isEmpty() ? "" : " (" + found.detail() + ")"));
            case REMOVED -> Words.sentence(text("changes.removed", record));
            default -> Words.values(CommitText.cut(text("changes.subject", record, CommitText.clean(found.where().apply(this)))),
                    found.before().apply(this), found.after().apply(this));
        };
    }

    /** Why a commit could not be compared, as its only change. */
    String unreadable(Gap.Cause cause, String file) {
        String base = text("changes.unreadable");
        if (cause == Gap.Cause.TOO_LARGE) {
            return base + ": " + text("changes.unreadable.too.large", file) + ".";
        }
        if (cause == Gap.Cause.LINKED_FOLDER) {
            return base + ": " + text("changes.unreadable.linked.folder", file) + ".";
        }
        return cause == Gap.Cause.UNREADABLE ? base + ": " + text("changes.unreadable.damaged") + "." : base + ".";
    }

    /**
     * What a commit changed, in a few words, for the heading of its entry: each record named with the fields that
     * changed ("Subsidie 2017: bedrag gewijzigd; Project Voorleesbus toegevoegd"), or, when more records changed than
     * a heading can name, counted by type ("24 bronnen en 6 subsidies toegevoegd; 2 vragen gewijzigd").
     */
    String summary(List<SiteDiff.Found> found) {
        Map<String, List<SiteDiff.Found>> byRecord = new LinkedHashMap<>();
        found.forEach(f -> byRecord.computeIfAbsent(f.type() + "/" + f.id(), k -> new ArrayList<>()).add(f));
        List<String> phrases = new ArrayList<>();
        if (byRecord.size() <= NAMED_IN_SUMMARY) {
            for (List<SiteDiff.Found> record : byRecord.values()) {
                SiteDiff.Found first = record.get(0);
                String name = record(first.type(), first.name());
                if (first.kind() == Change.Kind.CHANGED) {
                    Set<String> labels = new LinkedHashSet<>();
                    record.forEach(f -> labels.add(label(f.top())));
                    phrases.add(text("changes.changed", name, list(new ArrayList<>(labels))));
                } else {
                    phrases.add(text(first.kind() == Change.Kind.ADDED ? "changes.added" : "changes.removed", name));
                }
            }
        } else {
            for (Change.Kind kind : List.of(Change.Kind.ADDED, Change.Kind.CHANGED, Change.Kind.REMOVED)) {
                List<String> counts = new ArrayList<>();
                for (String type : TYPES) {
                    long n = byRecord.values().stream().map(r -> r.get(0)).filter(f -> f.kind() == kind && f.type().equals(type)).count();
                    if (n > 0) {
                        counts.add(text("changes.count." + type + (n == 1 ? ".one" : ".other"), n));
                    }
                }
                if (!counts.isEmpty()) {
                    String key = kind == Change.Kind.ADDED ? "changes.added" : kind == Change.Kind.REMOVED ? "changes.removed"
                            : "changes.changed.counted";
                    phrases.add(text(key, list(counts)));
                }
            }
        }
        return CommitText.cut(String.join("; ", phrases));
    }

    /** "a", "a en b", "a, b en c". */
    String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + text("changes.and") + " " + items.get(items.size() - 1);
    }

    /** No value, in words: "(geen)". */
    Value none() {
        return Value.none(text("changes.value.none"));
    }

    /** A value shown whole, written as the pages write a value of {@code field}'s kind. */
    Value value(Field field, Object value) {
        if (value == null) {
            return none();
        }
        String text;
        String from = "";
        if (value instanceof BigDecimal amount) {
            text = BelgianFormat.money(amount);
        } else if (value instanceof LocalDate date) {
            text = date(date);
        } else if (value instanceof PartialDate date) {
            text = BelgianFormat.date(date, language);
        } else if (value instanceof Boolean yes) {
            text = text(yes ? "changes.value.true" : "changes.value.false");
        } else if (value instanceof Coded code) {
            text = label(code);
        } else {
            text = String.valueOf(value);
            from = field.kind() == ValueKind.TEXT || field.kind() == ValueKind.MARKDOWN ? languageOf(field) : "";
        }
        return Value.whole(CommitText.cut(text), from);
    }

    /**
     * A text's passages, quoted, in the language of {@code field}; with the number of passages not shown, when
     * {@code hidden} is more than none.
     */
    Value passages(Field field, TextDiff.Side side, int hidden) {
        if (side.empty()) {
            return none();
        }
        Value.Builder out = new Value.Builder().add("“", false);
        side.pieces().forEach(p -> out.add(CommitText.scrub(p.text()), p.marked()));
        out.add("”", false);
        Value value = out.build(languageOf(field));
        return hidden > 0 ? value.withNote(text("changes.more" + (hidden == 1 ? ".one" : ".other"), hidden)) : value;
    }

    /**
     * A list of short values ({@code items}), those not in {@code other} marked: the ids added to a list on its new
     * side, those removed on its old side. {@code language}: of the items when they are record text, else empty.
     */
    Value items(List<String> items, List<String> other, String language) {
        if (items.isEmpty()) {
            return none();
        }
        Value.Builder out = new Value.Builder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.add(", ", false);
            }
            out.add(CommitText.cut(CommitText.clean(items.get(i))), !other.contains(items.get(i)));
        }
        return out.build(language);
    }

    /** The language record text of {@code field} is written in: English for a field in English ({@code answer_en}). */
    static String languageOf(Field field) {
        return field.name().endsWith("_en") ? "en" : "nl";
    }

    /** "tot 31 december 2022" for a price line's last day. */
    String until(LocalDate date) {
        return text("changes.until", date(date));
    }

    /** "31 december 2022". */
    String date(LocalDate date) {
        return BelgianFormat.date(date, language);
    }

    /** A code's label: "opgeschaald". */
    String label(Coded code) {
        return Labels.of(code, language.code());
    }
}
