package be.openboek.fields;

import be.openboek.model.Coded;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON Schemas (draft 2020-12) of the YAML files in data/, made from the field tables: one schema per file kind
 * ({@code project.schema.json}, {@code subsidies.schema.json}, ...) and one {@code definitions.schema.json} with the
 * value kinds they share. Editors complete and check the records with them; the site publishes them.
 */
public final class JsonSchemas {

    /** The file holding the shared definitions, beside the schemas. */
    public static final String DEFINITIONS = "definitions.schema.json";

    private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private JsonSchemas() {
    }

    /** Every schema by file name, the shared definitions first. */
    public static Map<String, ObjectNode> all() {
        Map<String, ObjectNode> schemas = new LinkedHashMap<>();
        schemas.put(DEFINITIONS, definitions());
        FieldTables.all().forEach(table -> schemas.put(fileName(table), of(table)));
        return schemas;
    }

    /** {@code project.schema.json} for one file per record, {@code subsidies.schema.json} for a file listing records. */
    public static String fileName(FieldTable<?> table) {
        return (isList(table) ? listKey(table) : table.name()) + ".schema.json";
    }

    /** The key under which a file lists its records: {@code subsidies} for data/subsidies.yaml. */
    public static String listKey(FieldTable<?> table) {
        String file = table.file();
        return file.substring(file.lastIndexOf('/') + 1, file.length() - ".yaml".length());
    }

    /** Whether the records of {@code table} are items of a list in one file, rather than a file each (or one). */
    public static boolean isList(FieldTable<?> table) {
        return table.fields().stream().anyMatch(f -> f.kind() == ValueKind.ID) && !table.file().contains("<id>");
    }

    /** The schema of the files holding the records of {@code table}. */
    public static ObjectNode of(FieldTable<?> table) {
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("title", table.file());
        schema.put("description", table.nl());
        if (!isList(table)) {
            return object(table, schema);
        }
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        schema.putArray("required").add(listKey(table));
        ObjectNode list = schema.putObject("properties").putObject(listKey(table));
        list.put("type", "array");
        object(table, list.putObject("items"));
        return schema;
    }

    private static ObjectNode object(FieldTable<?> table, ObjectNode into) {
        into.put("type", "object");
        into.put("additionalProperties", false);
        ArrayNode required = into.putArray("required");
        ObjectNode properties = into.putObject("properties");
        for (Field field : table.fields()) {
            if (field.isRequired()) {
                required.add(field.name());
            }
            properties.set(field.name(), property(field));
        }
        return into;
    }

    private static ObjectNode property(Field field) {
        ObjectNode property;
        if (field.isList()) {
            property = JSON.objectNode();
            if (field.isRequired()) {
                property.put("type", "array");
                property.put("minItems", 1);
            } else {
                property.putArray("type").add("array").add("null");
            }
            property.set("items", value(field, true));
        } else {
            property = value(field, field.isRequired());
        }
        String meaning = field.nl() + (field.example() == null ? "" : ", bv. " + field.example());
        if (!meaning.isBlank()) {
            property.put("description", capitalised(meaning) + ".");
        }
        return property;
    }

    /**
     * The schema of one value of {@code field}. The shared definitions allow null (a YAML field left empty), so that an
     * optional field needs no alternative, which would double every error; a required one adds "not null".
     */
    private static ObjectNode value(Field field, boolean required) {
        ObjectNode value = switch (field.kind()) {
            case MAPPING -> {
                ObjectNode mapping = object(field.mapping(), JSON.objectNode());
                mapping.putArray("type").add("object").add("null");
                if (LinkFields.isLink(field.mapping())) {
                    eitherSourcesOrReading(mapping);
                }
                yield mapping;
            }
            case CODE -> {
                ObjectNode codes = JSON.objectNode();
                ArrayNode allowed = codes.putArray("enum");
                Arrays.stream(field.codes().getEnumConstants()).map(Coded::code).forEach(allowed::add);
                allowed.addNull();
                yield codes;
            }
            default -> ref(definition(field.kind()));
        };
        if (required) {
            value.set("not", JSON.objectNode().put("type", "null"));
        }
        return value;
    }

    /** A link gives exactly one of sources and our_reading (or is left empty). */
    private static void eitherSourcesOrReading(ObjectNode mapping) {
        ArrayNode either = mapping.putArray("anyOf");
        either.addObject().put("type", "null");
        for (String[] one : new String[][] {{"sources", "our_reading"}, {"our_reading", "sources"}}) {
            ObjectNode option = either.addObject();
            option.putArray("required").add(one[0]);
            option.putObject("not").putArray("required").add(one[1]);
        }
    }

    private static ObjectNode ref(String definition) {
        return JSON.objectNode().put("$ref", DEFINITIONS + "#/$defs/" + definition);
    }

    /** The name of the shared definition of a kind of value. */
    private static String definition(ValueKind kind) {
        return switch (kind) {
            case TEXT, MARKDOWN -> "text";
            case ID, REF -> "id";
            case DATE -> "date";
            case PARTIAL_DATE -> "partialDate";
            case YEAR -> "year";
            case WHOLE_NUMBER -> "wholeNumber";
            case EURO -> "euro";
            case UNIT_PRICE -> "unitPrice";
            case URL -> "url";
            case SITE_URL -> "siteUrl";
            case ENTERPRISE_NUMBER -> "enterpriseNumber";
            case BOOLEAN -> "boolean";
            case PAGE -> "page";
            case MARKDOWN_FILE -> "markdownFile";
            case CODE, MAPPING -> throw new IllegalArgumentException(kind + " has no shared definition");
        };
    }

    static ObjectNode definitions() {
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("title", "Gedeelde definities");
        schema.put("description", "De soorten waarden die de records in data/ gebruiken; elk mag leeg (null) zijn, een verplicht veld "
                + "zegt zelf dat het niet leeg mag zijn.");
        ObjectNode defs = schema.putObject("$defs");
        defs.set("text", nullable("string").put("minLength", 1));
        defs.set("id", nullable("string").put("pattern", "^" + Slug.REGEX + "$").put("maxLength", Slug.MAX_LENGTH)
                .put("description", "Een id: kleine letters, cijfers en koppeltekens; wordt deel van het webadres."));
        defs.set("date", nullable("string").put("pattern", "^\\d{4}-\\d{2}-\\d{2}$")
                .put("description", "ISO-datum JJJJ-MM-DD."));
        ObjectNode partial = defs.putObject("partialDate");
        partial.putArray("type").add("string").add("integer").add("null");
        partial.put("pattern", "^\\d{4}(-\\d{2}(-\\d{2})?)?$").put("minimum", 1900).put("maximum", 2100)
                .put("description", "JJJJ, JJJJ-MM of JJJJ-MM-DD (zet JJJJ-MM tussen aanhalingstekens).");
        defs.set("year", nullable("integer").put("minimum", 1900).put("maximum", 2100)
                .put("description", "Een jaar in vier cijfers."));
        defs.set("wholeNumber", nullable("integer").put("minimum", 0));
        defs.set("euro", nullable("number").put("minimum", 0).put("multipleOf", 0.01)
                .put("description", "Bedrag in euro met een punt als decimaalteken, hoogstens 2 decimalen, zonder scheidingsteken voor duizendtallen."));
        defs.set("unitPrice", nullable("number").put("minimum", 0).put("multipleOf", 0.00001)
                .put("description", "Eenheidsprijs in euro, hoogstens 5 decimalen, zoals gepubliceerd."));
        defs.set("url", nullable("string").put("pattern", "^https?://")
                .put("description", "Een absoluut http(s)-adres."));
        defs.set("siteUrl", nullable("string").put("pattern", "^https?://.*/$")
                .put("description", "Een absoluut http(s)-adres dat eindigt op /."));
        defs.set("enterpriseNumber", nullable("string").put("pattern", "^\\d{4}\\.\\d{3}\\.\\d{3}$")
                .put("description", "KBO-nummer 0123.456.789."));
        defs.set("boolean", nullable("boolean"));
        defs.set("page", nullable("string")
                .put("pattern", "^(subsidies|projects|services|sources)(/" + Slug.REGEX + ")?$")
                .put("description", "Een pagina van de site: subsidies, projects, services, sources of type/id."));
        defs.set("markdownFile", nullable("string").put("pattern", "\\.md$")
                .put("description", "Een Markdown-bestand, relatief tegenover content/."));
        return schema;
    }

    /** A definition of {@code type} or null. */
    private static ObjectNode nullable(String type) {
        ObjectNode definition = JSON.objectNode();
        definition.putArray("type").add(type).add("null");
        return definition;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
