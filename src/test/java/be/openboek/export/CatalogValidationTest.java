package be.openboek.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.Prerequisites;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * catalog.ttl and catalog.jsonld parsed with Apache Jena and checked with its SHACL engine against the official
 * DCAT-AP 3.0.1 shapes (mandatory and range: no violation; recommended: no warning) and the mandatory constraints
 * of DCAT-AP Vlaanderen, so the Flemish open data portal can harvest the catalog. The checks against the shapes need
 * the standards folder ({@link Prerequisites#standards()}); the others run without it.
 */
class CatalogValidationTest {

    private static final String DCAT = "http://www.w3.org/ns/dcat#";

    private static Graph catalog() {
        return RDFDataMgr.loadGraph(ExportedSite.file("catalog.ttl").toString(), Lang.TURTLE);
    }

    private static List<String> entries(Graph data, Severity severity, String... shapeFiles) {
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        Path standards = Prerequisites.standards();
        for (String file : shapeFiles) {
            RDFDataMgr.read(shapesGraph, standards.resolve(file).toString(), Lang.TURTLE);
        }
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapesGraph), data);
        return report.getEntries().stream().filter(e -> severity == null || e.severity().level().equals(severity.level()))
                .map(CatalogValidationTest::describe).sorted().toList();
    }

    private static String describe(ReportEntry e) {
        return e.severity().level().getLocalName() + " " + e.focusNode() + " " + e.resultPath() + ": " + e.message();
    }

    @Test
    void catalogHasNoViolationOfTheDcatApShapes() {
        assertEquals(List.of(), entries(catalog(), Severity.Violation, "dcat-ap/html-shapes.ttl", "dcat-ap/html-range.ttl"));
    }

    @Test
    void catalogHasNoWarningOfTheRecommendedDcatApShapes() {
        assertEquals(List.of(), entries(catalog(), null, "dcat-ap/html-shapes_recommended.ttl"));
    }

    @Test
    void catalogMeetsTheMandatoryConstraintsOfDcatApVlaanderen() {
        assertEquals(List.of(), entries(catalog(), Severity.Violation, "dcat-ap-vl/dcat-ap-vl-mandatory.ttl"));
    }

    @Test
    void theShapesCatchACatalogWithoutTitlesOrIdentifiers() {
        Graph broken = catalog();
        broken.remove(Node.ANY, NodeFactory.createURI("http://purl.org/dc/terms/title"), Node.ANY);
        broken.remove(Node.ANY, NodeFactory.createURI("http://purl.org/dc/terms/identifier"), Node.ANY);
        assertTrue(!entries(broken, Severity.Violation, "dcat-ap/html-shapes.ttl", "dcat-ap/html-range.ttl").isEmpty(), "DCAT-AP");
        assertTrue(!entries(broken, Severity.Violation, "dcat-ap-vl/dcat-ap-vl-mandatory.ttl").isEmpty(), "DCAT-AP-VL");
    }

    @Test
    void turtleAndJsonLdHoldTheSameTriples() {
        Model turtle = ModelFactory.createModelForGraph(catalog());
        Model jsonLd = RDFDataMgr.loadModel(ExportedSite.file("catalog.jsonld").toString(), Lang.JSONLD);
        assertTrue(turtle.size() > 100, "catalog has content: " + turtle.size());
        assertTrue(turtle.isIsomorphicWith(jsonLd), "catalog.ttl and catalog.jsonld differ");
    }

    @Test
    void everyTableIsADatasetWithADistributionPerFileAndItsChecksum() throws Exception {
        Graph g = catalog();
        Node type = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
        long datasets = g.find(Node.ANY, type, NodeFactory.createURI(DCAT + "Dataset")).toList().size();
        assertEquals(TableSpecs.all().size(), datasets);
        String base = ExportedSite.records().organisation().baseUrl();
        for (WrittenFile file : List.of(new WrittenFile("data/subsidies.csv", "CSV", "text/csv", "subsidies", 0, ""))) {
            Node download = NodeFactory.createURI(base + file.path());
            assertEquals(1, g.find(Node.ANY, NodeFactory.createURI(DCAT + "downloadURL"), download).toList().size());
            String sha = ExportRun.sha256(java.nio.file.Files.readAllBytes(ExportedSite.file(file.path())));
            assertTrue(g.find(Node.ANY, Node.ANY, NodeFactory.createLiteralDT(sha,
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDhexBinary)).hasNext(), "checksum of " + file.path());
        }
    }
}
