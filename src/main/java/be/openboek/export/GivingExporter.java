package be.openboek.export;

import be.openboek.model.PageAddress;
import be.openboek.model.Site;
import be.openboek.model.Subsidy;
import be.openboek.model.SubsidyStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code data/360giving.json}: the subsidies as a 360Giving data package, for grant tools that read that standard.
 * Those tools add up {@code amountAwarded} per recipient and year, so only what was awarded is a grant (see
 * {@link Selection}): a budgeted amount is a plan, and a payment belongs to its award. The sources give a budget year,
 * not an award date: {@code awardDate} is the first day of that year and {@code plannedDates} spans the year.
 * Organisation identifiers: see {@link OrganisationIds}.
 */
final class GivingExporter implements Exporter {

    static final String PATH = "data/360giving.json";
    private static final Map<String, String> STATUS = Map.of( // only looked up, never iterated
            "granted", "toegekend", "budgeted", "begroot", "paid", "uitbetaald");

    /**
     * A grant: a granted line, with what was paid of it (the paid lines of the same year, purpose, funder and
     * recipient), or a paid line whose award is not published, which then stands for its award.
     *
     * @param line     the granted line, or the paid line when no granted line matches
     * @param payments the paid lines that belong to it (the line itself when it is a paid line)
     */
    record Grant(Subsidy line, List<Subsidy> payments) {

        /** The sum of the payments, or null when none is published. */
        BigDecimal disbursed() {
            return payments.stream().map(Subsidy::amount).filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
        }
    }

    /**
     * Which subsidy lines become grants, and which are left out and why.
     *
     * @param grants        one per granted line with an amount, and one per paid line with an amount that belongs to no
     *                      granted line
     * @param budgeted      budgeted lines: left out, as a budget is not an award (with or without an amount)
     * @param withoutAmount granted or paid lines without a published amount that belong to no grant: left out, as the
     *                      standard requires {@code amountAwarded}
     */
    record Selection(List<Grant> grants, List<Subsidy> budgeted, List<Subsidy> withoutAmount) {

        static Selection of(Site site) {
            OrganisationIds ids = new OrganisationIds(site.organisation());
            // Each granted line with an amount is an award; the paid lines then find theirs by year, purpose, funder
            // and recipient (identifiers, so that differently worded recipients of one organisation match).
            Map<String, Grant> awards = new HashMap<>();
            for (Subsidy s : site.subsidies()) {
                if (s.status() == SubsidyStatus.GRANTED && s.amount() != null) {
                    awards.putIfAbsent(key(s, ids), new Grant(s, new ArrayList<>()));
                }
            }
            List<Grant> grants = new ArrayList<>();
            List<Subsidy> budgeted = new ArrayList<>();
            List<Subsidy> withoutAmount = new ArrayList<>();
            for (Subsidy s : site.subsidies()) {
                Grant award = awards.get(key(s, ids));
                switch (s.status()) {
                    case BUDGETED -> budgeted.add(s);
                    case GRANTED -> {
                        if (award != null && award.line() == s) {
                            grants.add(award);
                        } else if (s.amount() == null) {
                            withoutAmount.add(s);
                        } else {
                            grants.add(new Grant(s, List.of())); // a second award for the same year and purpose
                        }
                    }
                    case PAID -> {
                        if (award != null) {
                            award.payments().add(s);
                        } else if (s.amount() != null) {
                            grants.add(new Grant(s, List.of(s)));
                        } else {
                            withoutAmount.add(s);
                        }
                    }
                }
            }
            return new Selection(List.copyOf(grants), List.copyOf(budgeted), List.copyOf(withoutAmount));
        }

        private static String key(Subsidy s, OrganisationIds ids) {
            return s.year() + "\n" + s.purpose() + "\n" + ids.of(s.funder()) + "\n" + ids.of(s.recipient());
        }
    }

    @Override
    public List<WrittenFile> export(ExportRun context) throws IOException {
        OrganisationIds ids = new OrganisationIds(context.organisation());
        Selection selection = Selection.of(context.site());
        if (selection.grants().isEmpty()) {
            return List.of(); // the standard requires at least one grant
        }
        List<Map<String, Object>> grants = new ArrayList<>();
        for (Grant g : selection.grants()) {
            grants.add(grant(g, ids, context));
        }
        var org = context.organisation();
        Map<String, Object> pack = new LinkedHashMap<>();
        pack.put("title", "Subsidies aan " + org.name());
        pack.put("description", "De toegekende subsidies met een gepubliceerd bedrag, in het 360Giving-formaat. Begrote bedragen "
                + "staan er niet in: een begroting is een plan, geen toekenning, en amountAwarded is een toegekend bedrag. Een "
                + "uitbetaald bedrag bij een toegekende lijn van hetzelfde jaar en doel staat bij die subsidie als amountDisbursed; "
                + "een uitbetaald bedrag zonder gepubliceerde toekenning staat er als subsidie met dat bedrag. Alle lijnen, ook de "
                + "begrote en die zonder bedrag, staan in " + context.url(CsvDialect.STANDARD.path("subsidies")) + ". De bronnen "
                + "geven een bedrag per begrotingsjaar en geen datum: awardDate is daarom de eerste dag van dat jaar. Elke "
                + "organisatie heeft één identifier over alle jaren; " + org.name() + " ook waar de bron een voorganger noemt.");
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

    private static Map<String, Object> grant(Grant g, OrganisationIds ids, ExportRun context) {
        Subsidy s = g.line();
        Map<String, Object> grant = new LinkedHashMap<>();
        grant.put("id", ids.prefix() + "-" + s.id());
        grant.put("title", s.purpose() + " " + s.year());
        grant.put("description", description(g, ids));
        grant.put("currency", "EUR");
        grant.put("amountAwarded", TableSpecs.euro(s.amount()));
        BigDecimal disbursed = g.disbursed();
        if (disbursed != null) {
            grant.put("amountDisbursed", TableSpecs.euro(disbursed));
        }
        LocalDate start = LocalDate.of(s.year(), 1, 1);
        grant.put("awardDate", start.toString());
        grant.put("plannedDates", List.of(Json.obj("startDate", start.toString(), "endDate", LocalDate.of(s.year(), 12, 31).toString(),
                "duration", 12)));
        grant.put("recipientOrganization", List.of(organisation(s.recipient(), ids)));
        grant.put("fundingOrganization", List.of(organisation(s.funder(), ids)));
        grant.put("dataSource", context.url(PageAddress.of(s)));
        return grant;
    }

    /**
     * What the grant is, in words: purpose, year and status, the payments that belong to it, the recipient as the
     * source names it when that is not the name in the identifier (a predecessor, a remark), and the line's notes.
     */
    private static String description(Grant g, OrganisationIds ids) {
        Subsidy s = g.line();
        StringBuilder text = new StringBuilder(s.purpose()).append(", begrotingsjaar ").append(s.year()).append(", ")
                .append(status(s));
        if (s.status() == SubsidyStatus.PAID) {
            text.append(" (het toegekende bedrag is niet gepubliceerd; het uitbetaalde bedrag staat als toegekend bedrag)");
        }
        text.append('.');
        for (Subsidy p : g.payments()) {
            if (p != s) {
                text.append(" Uitbetaald: ").append(p.amount() == null ? "bedrag niet gepubliceerd" : TableSpecs.euro(p.amount())
                        .toPlainString() + " euro").append(" (lijn ").append(p.id()).append(").");
            }
        }
        if (ids.isOwn(s.recipient()) && !ids.isOwnNameAsWritten(s.recipient())) {
            text.append(" Ontvanger volgens de bron: ").append(s.recipient()).append('.');
        }
        if (s.notes() != null) {
            text.append(' ').append(s.notes());
        }
        return text.toString();
    }

    private static String status(Subsidy s) {
        return STATUS.getOrDefault(s.status().code(), s.status().code());
    }

    /** The name that goes with the identifier: the publisher's own name for it and its predecessors, else the text. */
    private static String organisationName(String name, OrganisationIds ids) {
        return ids.isOwn(name) ? ids.ownName() : name;
    }

    private static Map<String, Object> organisation(String name, OrganisationIds ids) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("id", ids.of(name));
        org.put("name", organisationName(name, ids));
        String description = ids.isOwn(name) ? ids.description() : null;
        if (description != null) {
            org.put("description", description);
        }
        return org;
    }
}
