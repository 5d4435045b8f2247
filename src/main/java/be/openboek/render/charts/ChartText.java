package be.openboek.render.charts;

import be.openboek.format.RecordText;
import be.openboek.model.Coded;
import be.openboek.model.FieldRecord;
import be.openboek.format.Labels;
import be.openboek.format.Messages;
import java.util.List;

/** The words of a chart in one language: interface text from the message bundle, labels of codes. */
final class ChartText {

    private final Messages messages;

    ChartText(Messages messages) {
        this.messages = messages;
    }

    String t(String key, Object... args) {
        return String.valueOf(messages.text(key, args));
    }

    /**
     * A record's text (a purpose, a component) as the chart's language shows it: the English version on an English
     * chart, or the Dutch followed by "(Dutch only)" where there is none (see {@link RecordText}). A chart is an image
     * to assistive technology (its title and summary describe it), so its words carry no language mark of their own.
     */
    String record(FieldRecord record, String field) {
        return RecordText.of(record, field, messages.language()).plain(t("text.dutch.only"));
    }

    String label(Coded value) {
        return Labels.of(value, messages.language().code());
    }

    /** {@code a}, {@code a en b}, {@code a, b en c}. */
    String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + t("list.and") + " " + items.get(items.size() - 1);
    }
}
