package be.openboek.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A co-creation project ({@code data/projects/<id>.yaml}; its fields are declared in {@code fields.ProjectFields}).
 *
 * @param fields its values
 * @param origin where the record was written
 */
public record Project(Fields fields, Origin origin) implements Identified, FieldRecord {

    public String id() {
        return fields.text("id");
    }

    public String title() {
        return fields.text("title");
    }

    /** The call it was selected in, with what the link rests on; or null. */
    public ProjectCall call() {
        return fields.value("call", ProjectCall.class);
    }

    /** The id of the call it was selected in, or null. */
    public String callId() {
        return call() == null ? null : call().target();
    }

    /** When it ran, or null. */
    public Period period() {
        return fields.value("period", Period.class);
    }

    public ProjectStatus status() {
        return fields.value("status", ProjectStatus.class);
    }

    /** What it set out to do. */
    public String objective() {
        return fields.text("objective");
    }

    /** What came out of it, or null when no source says. */
    public String results() {
        return fields.text("results");
    }

    /** Local institutions and firms. */
    public List<Partner> partners() {
        return fields.list("partners", Partner.class);
    }

    public List<String> themes() {
        return fields.list("themes", String.class);
    }

    /** Euro, or null when not published. */
    public BigDecimal budget() {
        return fields.value("budget", BigDecimal.class);
    }

    /** Markdown, written inline or read from its description file; or null. */
    public String description() {
        return fields.text("description");
    }

    /** Source ids. */
    public List<String> sources() {
        return fields.list("sources", String.class);
    }
}
