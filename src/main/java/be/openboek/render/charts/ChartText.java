package be.openboek.render.charts;

import be.openboek.model.Coded;
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
