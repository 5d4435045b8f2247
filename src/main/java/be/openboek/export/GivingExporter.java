package be.openboek.export;

import be.openboek.model.Subsidy;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code data/360giving.json}: the subsidies as a 360Giving data package, for grant tools that read that standard.
 * Only lines with a published amount are grants (the standard requires {@code amountAwarded}). The sources give
 * a budget year, not an award date: {@code awardDate} is the first day of that year and {@code plannedDates} spans
 * the year. Organisation identifiers: see {@link OrganisationIds}.
 */
final class GivingExporter implements Exporter {

    static final String PATH = "data/360giving.json";
    private static final Map<String, String> STATUS = Map.of( // only looked up, never iterated
            "granted", "toegekend", "budgeted", "begroot", "paid", "uitbetaald");

    @Override
    public List<WrittenFile> export(ExportRun context) throws IOException {
        OrganisationIds ids = new OrganisationIds(context.organisation());
        List<Map<String, Object>> grants = new ArrayList<>();
        for (Subsidy s : context.site().subsidies()) {
            if (s.amount() != null) {
                grants.add(grant(s, ids, context));
            }
        }
        if (grants.isEmpty()) {
            return List.of(); // the standard requires at least one grant
        }
        var org = context.organisation();
        Map<String, Object> pack = new LinkedHashMap<>();
        pack.put("title", "Subsidies aan " + org.name());
        pack.put("description", "De subsidielijnen met een gepubliceerd bedrag, in het 360Giving-formaat. Alle lijnen, ook "
                + "die zonder bedrag, staan in " + context.url("data/subsidies.csv") + ". Het formaat vraagt een "
                + "toegekend bedrag en een datum van toekenning; de bronnen geven een bedrag per begrotingsjaar met een status "
                + "(toegekend, begroot of uitbetaald, in de beschrijving van elke lijn) en geen datum: awardDate is daarom "
                + "de eerste dag van dat jaar.");
        pack.put("identifier", ids.prefix() + "-subsidies");
        pack.put("version", "1.4");
        pack.put("issued", context.dataDate().toString());
        pack.put("modified", context.dataDate().toString());
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("name", org.name());
        publisher.put("identifier", ids.of(org.name()));
        publisher.put("website", org.website());
        pack.put("publisher", publisher);
        pack.put("license", org.licence().url());
        pack.put("downloadURL", context.url(PATH));
        pack.put("accessURL", context.url("datasets/"));
        pack.put("grants", grants);
        return List.of(context.write(PATH, Json.bytes(pack), "360Giving", "application/json", "subsidies"));
    }

    private static Map<String, Object> grant(Subsidy s, OrganisationIds ids, ExportRun context) {
        Map<String, Object> grant = new LinkedHashMap<>();
        grant.put("id", ids.prefix() + "-" + s.id());
        grant.put("title", s.purpose() + " " + s.year());
        String description = s.purpose() + ", begrotingsjaar " + s.year() + ", " + STATUS.getOrDefault(s.status().code(), s.status().code())
                + (s.notes() == null ? "." : ". " + s.notes());
        grant.put("description", description);
        grant.put("currency", "EUR");
        grant.put("amountAwarded", TableSpecs.euro(s.amount()));
        LocalDate start = LocalDate.of(s.year(), 1, 1);
        grant.put("awardDate", start.toString());
        grant.put("plannedDates", List.of(Json.obj("startDate", start.toString(), "endDate", LocalDate.of(s.year(), 12, 31).toString(),
                "duration", 12)));
        grant.put("recipientOrganization", List.of(organisation(s.recipient(), ids)));
        grant.put("fundingOrganization", List.of(organisation(s.funder(), ids)));
        grant.put("dataSource", context.url("subsidies/#" + s.id()));
        return grant;
    }

    private static Map<String, Object> organisation(String name, OrganisationIds ids) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("id", ids.of(name));
        org.put("name", name);
        return org;
    }
}
