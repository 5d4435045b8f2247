package be.openboek.export;

import be.openboek.model.Coded;
import be.openboek.model.Identified;
import be.openboek.model.Origin;
import be.openboek.model.PartialDate;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The static read-only JSON API: {@code api/v1/<type>.json} lists every record of a type, {@code api/v1/<type>/<id>.json}
 * holds one, and {@code api/v1/organisation.json} the organisation. Records keep the field names of the YAML files
 * (snake_case) and their nesting (partners, price lines); they are read from the model's record components, so a
 * new field appears without changes here. Amounts have at least two decimals; dates are ISO.
 */
final class ApiExporter implements Exporter {

    static final String ROOT = "api/v1/";

    @Override
    public List<ExportedFile> export(ExportContext context) throws IOException {
        var site = context.site();
        List<ExportedFile> files = new ArrayList<>();
        files.add(context.write(ROOT + "organisation.json", Json.bytes(value(site.organisation())), "JSON", "application/json", null));
        files.addAll(type(context, "subsidies", site.subsidies()));
        files.addAll(type(context, "projects", site.projects()));
        files.addAll(type(context, "services", site.services()));
        files.addAll(type(context, "sources", site.sources()));
        files.addAll(type(context, "calls", site.calls()));
        files.addAll(type(context, "questions", site.questions()));
        return files;
    }

    private static List<ExportedFile> type(ExportContext context, String type, List<? extends Identified> records) throws IOException {
        List<ExportedFile> files = new ArrayList<>();
        List<Object> all = new ArrayList<>();
        for (Identified record : records) {
            Object json = value(record);
            all.add(json);
            files.add(context.write(ROOT + type + "/" + record.id() + ".json", Json.bytes(json), "JSON", "application/json", null));
        }
        files.add(context.write(ROOT + type + ".json", Json.bytes(all), "JSON", "application/json", null));
        return files;
    }

    /** A model value as JSON: records become objects with snake_case keys; where a record was written is left out. */
    static Object value(Object value) {
        if (value instanceof Record record) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (component.getType() == Origin.class) {
                    continue;
                }
                object.put(snakeCase(component.getName()), value(read(component, record)));
            }
            return object;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ApiExporter::value).toList();
        }
        if (value instanceof BigDecimal amount) {
            return amount.scale() < 2 ? amount.setScale(2, RoundingMode.UNNECESSARY) : amount;
        }
        if (value instanceof Coded coded) {
            return coded.code();
        }
        if (value instanceof PartialDate || value instanceof LocalDate) {
            return value.toString();
        }
        return value;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("model records are public: " + component, e);
        }
    }

    private static String snakeCase(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
