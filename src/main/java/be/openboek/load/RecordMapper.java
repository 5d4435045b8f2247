package be.openboek.load;

import static be.openboek.load.ValueTypes.BOOLEAN;
import static be.openboek.load.ValueTypes.DATE;
import static be.openboek.load.ValueTypes.EURO;
import static be.openboek.load.ValueTypes.ID;
import static be.openboek.load.ValueTypes.PARTIAL_DATE;
import static be.openboek.load.ValueTypes.TEXT;
import static be.openboek.load.ValueTypes.UNIT_PRICE;
import static be.openboek.load.ValueTypes.URL;
import static be.openboek.load.ValueTypes.WHOLE_NUMBER;
import static be.openboek.load.ValueTypes.YEAR;
import static be.openboek.load.ValueTypes.oneOf;

import be.openboek.model.Call;
import be.openboek.model.Licence;
import be.openboek.model.Organisation;
import be.openboek.model.Origin;
import be.openboek.model.Partner;
import be.openboek.model.PartnerRole;
import be.openboek.model.Period;
import be.openboek.model.PriceLine;
import be.openboek.model.PriceModel;
import be.openboek.model.PriceUnit;
import be.openboek.model.Project;
import be.openboek.model.ProjectStatus;
import be.openboek.model.Question;
import be.openboek.model.Service;
import be.openboek.model.Source;
import be.openboek.model.SourceKind;
import be.openboek.model.Subsidy;
import be.openboek.model.SubsidyStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Maps the fields of each record type (see docs/records.md) from a {@link RecordReader} to a model
 * record. Each method returns null when the record had a problem; the reader has reported it.
 */
final class RecordMapper {

    private RecordMapper() {
    }

    static Organisation organisation(RecordReader r) {
        String name = r.required("name", TEXT);
        String legalForm = r.optional("legal_form", TEXT);
        String enterpriseNumber = r.optional("enterprise_number", TEXT);
        var founded = r.required("founded", DATE);
        List<String> predecessors = r.list("predecessors", TEXT, false);
        String website = r.required("website", URL);
        String contact = r.optional("contact", TEXT);
        String description = r.markdown("description");
        String descriptionEn = r.markdown("description_en");
        RecordReader l = r.child("licence", true);
        Licence licence = null;
        if (l != null) {
            licence = new Licence(l.required("name", TEXT), l.required("url", URL));
            l.rejectUnknownFields();
        }
        String baseUrl = r.required("base_url", URL);
        if (baseUrl != null && !baseUrl.endsWith("/")) {
            r.required("base_url", node -> Conversion.fail("expected the address to end with /, found " + node.describe(),
                    "write \"" + ValueTypes.scalarText(node) + "/\""));
        }
        r.rejectUnknownFields();
        return r.hasFailed() ? null : new Organisation(name, legalForm, enterpriseNumber, founded, predecessors, website,
                contact, description, licence, baseUrl, descriptionEn);
    }

    static Source source(RecordReader r) {
        Source s = new Source(r.id(), r.required("title", TEXT), r.required("kind", oneOf(SourceKind.class)),
                r.optional("date", PARTIAL_DATE), Boolean.TRUE.equals(r.optional("date_approximate", BOOLEAN)),
                r.required("publisher", TEXT), r.optional("url", URL), r.optional("notes", TEXT), origin(r));
        r.rejectUnknownFields();
        return r.hasFailed() ? null : s;
    }

    static Call call(RecordReader r) {
        Call c = new Call(r.id(), r.required("title", TEXT), r.optional("opened", PARTIAL_DATE),
                r.optional("closed", PARTIAL_DATE), r.required("description", TEXT), sources(r), origin(r));
        r.rejectUnknownFields();
        return r.hasFailed() ? null : c;
    }

    static Subsidy subsidy(RecordReader r) {
        Integer year = r.required("year", YEAR);
        Subsidy s = new Subsidy(r.id(), year == null ? 0 : year, r.optional("amount", EURO),
                r.required("status", oneOf(SubsidyStatus.class)), r.required("purpose", TEXT), r.required("funder", TEXT),
                r.required("recipient", TEXT), r.optional("notes", TEXT), sources(r), origin(r));
        r.rejectUnknownFields();
        return r.hasFailed() ? null : s;
    }

    /** A project; {@code description} is the Markdown, already read from {@code description_file} when given. */
    static Project project(RecordReader r, Function<RecordReader, String> descriptionFile) {
        String id = r.id();
        String title = r.required("title", TEXT);
        String call = r.optional("call", ID);
        Period period = null;
        RecordReader p = r.child("period", false);
        if (p != null) {
            period = new Period(p.optional("start", PARTIAL_DATE), p.optional("end", PARTIAL_DATE));
            p.rejectUnknownFields();
        }
        ProjectStatus status = r.required("status", oneOf(ProjectStatus.class));
        String objective = r.required("objective", TEXT);
        String results = r.optional("results", TEXT);
        List<Partner> partners = new ArrayList<>();
        boolean partnersOk = true;
        for (RecordReader pr : r.children("partners", "a partner (name, place, role)")) {
            Partner partner = new Partner(pr.required("name", TEXT), pr.optional("place", TEXT),
                    pr.required("role", oneOf(PartnerRole.class)));
            pr.rejectUnknownFields();
            partnersOk &= !pr.hasFailed();
            partners.add(partner);
        }
        List<String> themes = r.list("themes", TEXT, false);
        var budget = r.optional("budget", EURO);
        String description = r.markdown("description");
        String fromFile = descriptionFile.apply(r);
        List<String> sources = sources(r);
        r.rejectUnknownFields();
        if (description != null && fromFile != null) {
            r.required("description_file", node -> Conversion.fail("give the description inline or in a file, not both",
                    "remove \"description\" or \"description_file\""));
        }
        boolean ok = !r.hasFailed() && partnersOk && (p == null || !p.hasFailed());
        return ok ? new Project(id, title, call, period, status, objective, results, List.copyOf(partners), themes, budget,
                description != null ? description : fromFile, sources, origin(r)) : null;
    }

    static Service service(RecordReader r) {
        String id = r.id();
        String name = r.required("name", TEXT);
        String description = r.required("description", TEXT);
        var launched = r.optional("launched", PARTIAL_DATE);
        List<String> origins = r.list("origin_projects", ID, false);
        String subscribers = r.required("subscribers", TEXT);
        PriceModel priceModel = r.optional("price_model", oneOf(PriceModel.class));
        String priceNote = r.optional("price_note", TEXT);
        List<PriceLine> prices = new ArrayList<>();
        boolean pricesOk = true;
        for (RecordReader pr : r.children("prices", "a price line (component, amount, unit, valid_from, ...)")) {
            PriceLine line = new PriceLine(pr.required("component", TEXT), pr.optional("amount", UNIT_PRICE),
                    pr.required("unit", oneOf(PriceUnit.class)), pr.optional("vat_included", BOOLEAN),
                    pr.required("valid_from", DATE), pr.optional("valid_to", DATE), pr.optional("notes", TEXT), sources(pr));
            pr.rejectUnknownFields();
            pricesOk &= !pr.hasFailed();
            prices.add(line);
        }
        String terms = r.optional("cooperative_terms", TEXT);
        List<String> sources = sources(r);
        r.rejectUnknownFields();
        return !r.hasFailed() && pricesOk ? new Service(id, name, description, launched, origins, subscribers, priceModel,
                priceNote, List.copyOf(prices), terms, sources, origin(r)) : null;
    }

    static Question question(RecordReader r) {
        Integer number = r.required("number", WHOLE_NUMBER);
        Question q = new Question(r.id(), number == null ? 0 : number, r.required("question", TEXT),
                r.required("answer", TEXT), r.list("answered_by", TEXT, true), sources(r), origin(r),
                r.optional("question_en", TEXT), r.optional("answer_en", TEXT));
        r.rejectUnknownFields();
        return r.hasFailed() ? null : q;
    }

    private static List<String> sources(RecordReader r) {
        return r.list("sources", ID, true);
    }

    private static Origin origin(RecordReader r) {
        return new Origin(r.file(), r.path());
    }
}
