package be.openboek.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small RDF graph of named resources only (no blank nodes, so the output is the same in every build), kept in
 * insertion order and written as Turtle or as JSON-LD (through {@link Json}). Predicates and types are written as
 * prefixed names ({@code dct:title}) from the prefixes given. The tests parse both serialisations with Apache Jena
 * and check that they hold the same triples.
 */
final class RdfGraph {

    /**
     * An object: an IRI, or a literal with a language or a datatype IRI.
     *
     * @param iri      the IRI, or null for a literal
     * @param lexical  the literal's text
     * @param language its language tag, or null
     * @param datatype its datatype IRI, or null
     */
    record Node(String iri, String lexical, String language, String datatype) {
    }

    private final Map<String, String> prefixes;
    private final Map<String, Set<String[]>> statements = new LinkedHashMap<>();
    private final Set<List<Object>> seen = new LinkedHashSet<>();

    /** @param prefixes prefix → namespace IRI, in the order they are written */
    RdfGraph(Map<String, String> prefixes) {
        this.prefixes = prefixes;
    }

    static Node iri(String iri) {
        return new Node(iri, null, null, null);
    }

    static Node text(String text, String language) {
        return new Node(null, text, language, null);
    }

    static Node typed(String lexical, String datatype) {
        return new Node(null, lexical, null, datatype);
    }

    /** Adds a statement once; {@code predicate} is a prefixed name such as {@code dct:title}. */
    RdfGraph add(String subject, String predicate, Node object) {
        if (seen.add(List.of(subject, predicate, object))) {
            statements.computeIfAbsent(subject, s -> new LinkedHashSet<>()).add(new String[] {predicate, encode(object)});
        }
        return this;
    }

    RdfGraph type(String subject, String... types) {
        for (String type : types) {
            add(subject, "rdf:type", iri(expand(type)));
        }
        return this;
    }

    private final Map<String, Node> nodes = new LinkedHashMap<>();

    private String encode(Node node) {
        String key = node.toString();
        nodes.put(key, node);
        return key;
    }

    String expand(String prefixed) {
        int colon = prefixed.indexOf(':');
        String namespace = colon < 0 ? null : prefixes.get(prefixed.substring(0, colon));
        return namespace == null ? prefixed : namespace + prefixed.substring(colon + 1);
    }

    private String compact(String iri) {
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            String local = iri.startsWith(p.getValue()) ? iri.substring(p.getValue().length()) : null;
            if (local != null && local.matches("[A-Za-z][A-Za-z0-9_]*")) {
                return p.getKey() + ":" + local;
            }
        }
        return null;
    }

    /** The graph in Turtle. */
    String turtle() {
        StringBuilder out = new StringBuilder();
        prefixes.forEach((prefix, ns) -> out.append("@prefix ").append(prefix).append(": <").append(safeIri(ns)).append("> .\n"));
        statements.forEach((subject, pairs) -> {
            out.append('\n').append('<').append(safeIri(subject)).append('>');
            int i = 0;
            for (String[] pair : pairs) {
                out.append(i++ == 0 ? "\n    " : " ;\n    ");
                out.append(pair[0].equals("rdf:type") ? "a" : pair[0]).append(' ').append(turtle(nodes.get(pair[1])));
            }
            out.append(" .\n");
        });
        return out.toString();
    }

    private String turtle(Node node) {
        if (node.iri() != null) {
            String compact = compact(node.iri());
            return compact != null ? compact : "<" + safeIri(node.iri()) + ">";
        }
        String literal = '"' + escape(node.lexical()) + '"';
        if (node.language() != null) {
            return literal + "@" + node.language();
        }
        if (node.datatype() != null) {
            String compact = compact(node.datatype());
            return literal + "^^" + (compact != null ? compact : "<" + safeIri(node.datatype()) + ">");
        }
        return literal;
    }

    /** The graph in JSON-LD: the prefixes as context, one node object per subject in {@code @graph}. */
    Map<String, Object> jsonLd() {
        Map<String, Object> context = new LinkedHashMap<>(prefixes);
        List<Object> graph = new ArrayList<>();
        statements.forEach((subject, pairs) -> {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("@id", subject);
            for (String[] pair : pairs) {
                Node node = nodes.get(pair[1]);
                if (pair[0].equals("rdf:type")) {
                    @SuppressWarnings("unchecked")
                    List<Object> types = (List<Object>) object.computeIfAbsent("@type", k -> new ArrayList<>());
                    String compact = compact(node.iri());
                    types.add(compact != null ? compact : node.iri());
                } else {
                    @SuppressWarnings("unchecked")
                    List<Object> values = (List<Object>) object.computeIfAbsent(pair[0], k -> new ArrayList<>());
                    values.add(jsonLd(node));
                }
            }
            graph.add(object);
        });
        return Json.obj("@context", context, "@graph", graph);
    }

    private static Map<String, Object> jsonLd(Node node) {
        if (node.iri() != null) {
            return Json.obj("@id", node.iri());
        }
        Map<String, Object> value = Json.obj("@value", node.lexical());
        if (node.language() != null) {
            value.put("@language", node.language());
        } else if (node.datatype() != null) {
            value.put("@type", node.datatype());
        }
        return value;
    }

    /** Turtle string escapes; every other character is written as is (the file is UTF-8). */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Percent-encodes the characters an IRI in Turtle may not hold (spaces, {@code <>"{}|^`\}). */
    private static String safeIri(String iri) {
        StringBuilder out = new StringBuilder();
        for (char c : iri.toCharArray()) {
            if (c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0) {
                out.append(String.format("%%%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
