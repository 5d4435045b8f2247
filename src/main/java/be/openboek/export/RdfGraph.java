package be.openboek.export;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * The catalog's RDF graph, held in an Apache Jena model and written with Jena's Turtle and JSON-LD
 * writers. Only named resources (no blank nodes), so the output is the same in every build.
 * Predicates and types are given as prefixed names ({@code dct:title}) from the prefixes given.
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

    private final Model model = ModelFactory.createDefaultModel();

    /** @param prefixes prefix → namespace IRI */
    RdfGraph(Map<String, String> prefixes) {
        model.setNsPrefixes(prefixes);
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

    /** Adds a statement (once); {@code predicate} is a prefixed name such as {@code dct:title}. */
    RdfGraph add(String subject, String predicate, Node object) {
        model.add(model.createResource(subject), model.createProperty(expand(predicate)), node(object));
        return this;
    }

    RdfGraph type(String subject, String... types) {
        for (String type : types) {
            add(subject, "rdf:type", iri(expand(type)));
        }
        return this;
    }

    String expand(String prefixed) {
        return model.expandPrefix(prefixed);
    }

    private RDFNode node(Node node) {
        if (node.iri() != null) {
            return model.createResource(node.iri());
        }
        if (node.language() != null) {
            return model.createLiteral(node.lexical(), node.language());
        }
        if (node.datatype() != null) {
            return model.createTypedLiteral(node.lexical(), TypeMapper.getInstance().getSafeTypeByName(node.datatype()));
        }
        return model.createLiteral(node.lexical());
    }

    /** The graph in Turtle. */
    byte[] turtle() {
        return write(RDFFormat.TURTLE_PRETTY);
    }

    /** The graph in JSON-LD 1.1, with the prefixes as context. */
    byte[] jsonLd() {
        return write(RDFFormat.JSONLD11_PRETTY);
    }

    /**
     * Writes a graph of one statement in both formats and throws it away: Jena's first write loads and initialises
     * hundreds of classes, which can then happen on another thread while the data files are being made.
     */
    static void warmUp() {
        RdfGraph g = new RdfGraph(Vocabularies.prefixes());
        g.add("https://example.invalid/", "dct:title", text("-", "nl"));
        g.turtle();
        g.jsonLd();
    }

    private byte[] write(RDFFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, format);
        return out.toByteArray();
    }
}
