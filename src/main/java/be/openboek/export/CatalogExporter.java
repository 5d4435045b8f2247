package be.openboek.export;

import static be.openboek.export.RdfGraph.iri;
import static be.openboek.export.RdfGraph.text;
import static be.openboek.export.RdfGraph.typed;
import static be.openboek.export.Vocabularies.XSD;

import be.openboek.model.Contact;
import be.openboek.model.Organisation;
import be.openboek.model.Subsidy;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code catalog.ttl} and {@code catalog.jsonld}: a DCAT-AP 3 catalog that the Flemish open data portal can harvest
 * (DCAT-AP Vlaanderen adds identifiers, exactly one contact point and publisher, and public access rights): the
 * catalog, one dataset per table, one distribution per file holding it (with media type, size and SHA-256), and
 * the static JSON API as a data service. Every resource has an address under {@code datasets/}, so no blank nodes.
 */
final class CatalogExporter implements Exporter {

    static final String TURTLE = "catalog.ttl";
    static final String JSON_LD = "catalog.jsonld";

    @Override
    public List<WrittenFile> export(ExportRun context) throws IOException {
        RdfGraph g = graph(context);
        return List.of(
                context.write(TURTLE, g.turtle(), "Turtle", "text/turtle", null),
                context.write(JSON_LD, g.jsonLd(), "JSON-LD", "application/ld+json", null));
    }

    static RdfGraph graph(ExportRun context) {
        Organisation org = context.organisation();
        String page = context.url("datasets/");
        String catalog = page + "#catalog";
        String publisher = page + "#publisher";
        String contact = page + "#contact";
        String period = page + "#period";
        String api = page + "#api";
        RdfGraph g = new RdfGraph(Vocabularies.prefixes());
        Vocabularies.declare(g);
        Vocabularies.licence(g, org.licence().url(), org.licence().name());
        agents(g, org, publisher, contact);
        temporal(g, context, period);
        g.type(page, "foaf:Document").type(context.url(""), "foaf:Document");

        g.type(catalog, "dcat:Catalog");
        describe(g, catalog, "Open data van " + org.name(), "Alle open data van " + context.url("") + ": subsidies, projecten, "
                + "diensten, prijzen en de bronnen waaruit elk cijfer komt.", publisher, contact, context);
        g.add(catalog, "dct:license", iri(org.licence().url()))
                .add(catalog, "dcat:themeTaxonomy", iri(Vocabularies.THEME_SCHEME))
                .add(catalog, "foaf:homepage", iri(context.url("")))
                .add(catalog, "dcat:service", iri(api));

        List<String> datasets = new ArrayList<>();
        for (FilledTable data : context.tables()) {
            String dataset = page + "#" + data.name();
            datasets.add(dataset);
            g.add(catalog, "dcat:dataset", iri(dataset));
            g.type(dataset, "dcat:Dataset");
            describe(g, dataset, data.table().title() + " — " + org.name(), data.table().description(), publisher, contact, context);
            g.add(dataset, "dct:accessRights", iri(Vocabularies.ACCESS_PUBLIC))
                    .add(dataset, "dcat:theme", iri(Vocabularies.THEME_GOVERNMENT))
                    .add(dataset, "dct:temporal", iri(period))
                    .add(dataset, "dcat:landingPage", iri(page));
            data.table().keywords().forEach(k -> g.add(dataset, "dcat:keyword", text(k, "nl")));
            List<WrittenFile> files = new ArrayList<>(context.filesOf(data.name()));
            files.addAll(context.filesOf(null).stream().filter(f -> f.format().equals("XLSX") || f.format().equals("ZIP")).toList());
            for (WrittenFile file : files) {
                distribution(g, dataset, data, file, context);
            }
        }

        g.type(api, "dcat:DataService");
        g.add(api, "dct:identifier", text(api, null))
                .add(api, "dct:title", text("Statische JSON-API van " + org.name(), "nl"))
                .add(api, "dct:description", text("Alle records als JSON: " + context.url("api/v1/") + "<type>.json en "
                        + context.url("api/v1/") + "<type>/<id>.json.", "nl"))
                .add(api, "dcat:endpointURL", iri(context.url("api/v1/")))
                .add(api, "dcat:endpointDescription", iri(page))
                .add(api, "dct:publisher", iri(publisher))
                .add(api, "dcat:contactPoint", iri(contact))
                .add(api, "dct:license", iri(org.licence().url()))
                .add(api, "dct:accessRights", iri(Vocabularies.ACCESS_PUBLIC))
                .add(api, "dcat:theme", iri(Vocabularies.THEME_GOVERNMENT))
                .add(api, "dcat:keyword", text("API", "nl"))
                .add(api, "dcat:landingPage", iri(page));
        String standard = "https://json-schema.org/draft/2020-12/schema";
        g.type(standard, "dct:Standard").add(api, "dct:conformsTo", iri(standard));
        datasets.forEach(d -> g.add(api, "dcat:servesDataset", iri(d)));
        return g;
    }

    /** What the catalog and every dataset share: identifier, title, description, agents, language, dates, place. */
    private static void describe(RdfGraph g, String subject, String title, String description, String publisher, String contact,
            ExportRun context) {
        g.add(subject, "dct:identifier", text(subject, null))
                .add(subject, "dct:title", text(title, "nl"))
                .add(subject, "dct:description", text(description, "nl"))
                .add(subject, "dct:publisher", iri(publisher))
                .add(subject, "dcat:contactPoint", iri(contact))
                .add(subject, "dct:language", iri(Vocabularies.LANGUAGE))
                .add(subject, "dct:issued", date(context.dataDate()))
                .add(subject, "dct:modified", date(context.dataDate()))
                .add(subject, "dct:spatial", iri(Vocabularies.FLANDERS));
    }

    private static void distribution(RdfGraph g, String dataset, FilledTable data, WrittenFile file, ExportRun context) {
        String d = dataset + "-" + file.format().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String checksum = d + "-sha256";
        String[] types = Vocabularies.format(g, file.format(), file.mediaType());
        String what = switch (file.format()) {
            case "XLSX" -> "Werkboek met alle tabellen; deze staat op het blad " + data.name() + ".";
            case "ZIP" -> "ZIP met alle tabellen (CSV, JSON, XLSX) en datapackage.json.";
            case "360Giving" -> "De subsidies met een gepubliceerd bedrag in het 360Giving-formaat.";
            default -> "De tabel " + data.name() + " als " + file.format() + ".";
        };
        g.add(dataset, "dcat:distribution", iri(d));
        g.type(d, "dcat:Distribution")
                .add(d, "dct:identifier", text(d, null))
                .add(d, "dct:title", text(data.table().title() + " (" + file.format() + ")", "nl"))
                .add(d, "dct:description", text(what, "nl"))
                .add(d, "dcat:accessURL", iri(context.url("datasets/")))
                .add(d, "dcat:downloadURL", iri(context.url(file.path())))
                .add(d, "dcat:mediaType", iri(types[1]))
                .add(d, "dct:format", iri(types[0]))
                .add(d, "dcat:byteSize", typed(Long.toString(file.bytes()), XSD + "nonNegativeInteger"))
                .add(d, "spdx:checksum", iri(checksum))
                .add(d, "dct:license", iri(context.organisation().licence().url()))
                .add(d, "dcatap:availability", iri(Vocabularies.AVAILABILITY_STABLE))
                .add(d, "dct:issued", date(context.dataDate()))
                .add(d, "dct:modified", date(context.dataDate()))
                .add(d, "dct:language", iri(Vocabularies.LANGUAGE));
        g.type(checksum, "spdx:Checksum")
                .add(checksum, "spdx:algorithm", iri(Vocabularies.SHA256))
                .add(checksum, "spdx:checksumValue", typed(file.sha256(), XSD + "hexBinary"));
    }

    private static void agents(RdfGraph g, Organisation org, String publisher, String contact) {
        g.type(publisher, "foaf:Agent", "dct:Agent", "foaf:Organization")
                .add(publisher, "foaf:name", text(org.name(), "nl"))
                .add(publisher, "foaf:homepage", iri(org.website()));
        if (org.enterpriseNumber() != null && !org.enterpriseNumber().isBlank()) {
            g.add(publisher, "dct:identifier", text(org.enterpriseNumber(), null));
        }
        if (org.legalForm() != null && org.legalForm().equalsIgnoreCase("vzw")) {
            String type = "http://purl.org/adms/publishertype/NonProfitOrganisation";
            Vocabularies.concept(g, type, "Non-profitorganisatie");
            g.add(publisher, "dct:type", iri(type));
        }
        // The contact point is the footer of the datasets page (id="contact"), which shows the same contact.
        g.type(contact, "vcard:Kind", "vcard:Organization").add(contact, "vcard:fn", text(org.name(), null));
        Contact reach = Contact.of(org.contact());
        if (reach.email() != null) {
            g.add(contact, "vcard:hasEmail", iri(reach.href()));
        } else if (reach.url() != null) {
            g.add(contact, "vcard:hasURL", iri(reach.url()));
        } else {
            // No address published (or text that is neither): that footer says so in words; no address is made up.
            g.add(contact, "vcard:hasURL", iri(contact));
        }
    }

    /** The period the data covers: from the first subsidy year (or the founding) to the data date. */
    private static void temporal(RdfGraph g, ExportRun context, String period) {
        int first = context.site().subsidies().stream().mapToInt(Subsidy::year).min().orElse(Integer.MAX_VALUE);
        LocalDate start = LocalDate.of(Math.min(first, context.organisation().founded().getYear()), 1, 1);
        int last = context.site().subsidies().stream().mapToInt(Subsidy::year).max().orElse(0);
        LocalDate end = context.dataDate().getYear() >= last ? context.dataDate() : LocalDate.of(last, 12, 31);
        g.type(period, "dct:PeriodOfTime")
                .add(period, "dcat:startDate", date(start))
                .add(period, "dcat:endDate", date(end.isBefore(start) ? start : end));
    }

    private static RdfGraph.Node date(LocalDate date) {
        return typed(date.toString(), XSD + "date");
    }
}
