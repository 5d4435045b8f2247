package be.openboek.export;

import static be.openboek.export.RdfGraph.iri;
import static be.openboek.export.RdfGraph.text;
import static be.openboek.export.RdfGraph.typed;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The controlled vocabularies the catalog points to (EU Publications Office authority tables, IANA media types,
 * ADMS licence and publisher types), each declared with its class and a label, as DCAT-AP's range shapes ask.
 */
final class Vocabularies {

    static final String EU = "http://publications.europa.eu/resource/authority/";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    static final String LANGUAGE = EU + "language/NLD";
    static final String ACCESS_PUBLIC = EU + "access-right/PUBLIC";
    static final String THEME_SCHEME = EU + "data-theme";
    static final String THEME_GOVERNMENT = EU + "data-theme/GOVE";
    static final String AVAILABILITY_STABLE = EU + "planned-availability/STABLE";
    /** Flanders (Vlaams Gewest) in the EU's NUTS list. */
    static final String FLANDERS = "http://data.europa.eu/nuts/code/BE2";
    static final String SHA256 = "http://spdx.org/rdf/terms#checksumAlgorithm_sha256";

    /** Licence types of the licences we know; another licence gets no type. */
    private static final Map<String, String> LICENCE_TYPES = Map.of(
            "https://data.vlaanderen.be/id/licentie/modellicentie-gratis-hergebruik/v1.0", "ReuseCommercialPermitted",
            "https://data.vlaanderen.be/id/licentie/creative-commons-zero-verklaring/v1.0", "PublicDomain",
            "https://creativecommons.org/publicdomain/zero/1.0/", "PublicDomain",
            "https://creativecommons.org/licenses/by/4.0/", "Attribution");

    private Vocabularies() {
    }

    static Map<String, String> prefixes() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        p.put("xsd", XSD);
        p.put("dcat", "http://www.w3.org/ns/dcat#");
        p.put("dcatap", "http://data.europa.eu/r5r/");
        p.put("dct", "http://purl.org/dc/terms/");
        p.put("foaf", "http://xmlns.com/foaf/0.1/");
        p.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        p.put("skos", "http://www.w3.org/2004/02/skos/core#");
        p.put("spdx", "http://spdx.org/rdf/terms#");
        p.put("locn", "http://www.w3.org/ns/locn#");
        p.put("geosparql", "http://www.opengis.net/ont/geosparql#");
        return p;
    }

    /** Declares the vocabulary terms every catalog uses. */
    static void declare(RdfGraph g) {
        concept(g, LANGUAGE, "Nederlands", "dct:LinguisticSystem");
        concept(g, ACCESS_PUBLIC, "publiek", "dct:RightsStatement");
        concept(g, THEME_GOVERNMENT, "Overheid en publieke sector");
        g.add(THEME_GOVERNMENT, "skos:inScheme", iri(THEME_SCHEME));
        g.type(THEME_SCHEME, "skos:ConceptScheme").add(THEME_SCHEME, "dct:title", text("Data theme", "en"));
        concept(g, AVAILABILITY_STABLE, "stabiel");
        g.type(SHA256, "spdx:ChecksumAlgorithm");
        g.type(FLANDERS, "dct:Location")
                .add(FLANDERS, "skos:prefLabel", text("Vlaams Gewest", "nl"))
                // Approximate bounding box and centre of Flanders, as WKT in WGS 84.
                .add(FLANDERS, "dcat:bbox", typed("POLYGON((2.54 50.68, 5.92 50.68, 5.92 51.51, 2.54 51.51, 2.54 50.68))",
                        "http://www.opengis.net/ont/geosparql#wktLiteral"))
                .add(FLANDERS, "dcat:centroid", typed("POINT(4.24 51.04)", "http://www.opengis.net/ont/geosparql#wktLiteral"));
    }

    /** Declares a file type and a media type; returns their IRIs. */
    static String[] format(RdfGraph g, String format, String mediaType) {
        String code = switch (format) {
            case "CSV", "CSV (BE)" -> "CSV";
            case "XLSX" -> "XLSX";
            case "ZIP" -> "ZIP";
            default -> "JSON";
        };
        String fileType = EU + "file-type/" + code;
        concept(g, fileType, code, "dct:MediaTypeOrExtent");
        String media = "https://www.iana.org/assignments/media-types/" + mediaType;
        g.type(media, "dct:MediaType");
        return new String[] {fileType, media};
    }

    static void licence(RdfGraph g, String url, String name) {
        g.type(url, "dct:LicenseDocument").add(url, "dct:title", text(name, "nl"));
        String type = LICENCE_TYPES.get(url);
        if (type != null) {
            String typeIri = "http://purl.org/adms/licencetype/" + type;
            concept(g, typeIri, type);
            g.add(url, "dct:type", iri(typeIri));
        }
    }

    static void concept(RdfGraph g, String iri, String label, String... otherTypes) {
        g.type(iri, "skos:Concept").type(iri, otherTypes).add(iri, "skos:prefLabel", text(label, "nl"));
    }
}
