package be.openboek.export;

import be.openboek.model.Coded;
import be.openboek.model.Link;
import be.openboek.model.PartialDate;
import be.openboek.model.Partner;
import be.openboek.model.PriceLine;
import be.openboek.model.Project;
import be.openboek.model.Service;
import be.openboek.model.Source;
import be.openboek.model.Subsidy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The published tables and their columns: the single source of truth for the CSV, JSON and XLSX files,
 * datapackage.json, the DCAT catalog, the datasets page and docs/datasets.md. Lists of ids (the sources a row
 * cites) are one cell with the ids separated by {@code ;}; lists of structures (partners, price lines) are tables
 * of their own with a foreign key to their record.
 */
public final class TableSpecs {

    /** How ids in a list cell are separated. */
    public static final String LIST_SEPARATOR = ";";

    private TableSpecs() {
    }

    /** Every table, in the order they are published. */
    public static List<TableSpec<?>> all() {
        return List.of(subsidies(), projects(), projectPartners(), services(), priceLines(), LinksTable.links(), sources(),
                ChangesTable.changes());
    }

    /** The rows of every table. */
    public static List<FilledTable> data(RecordsAndHistory input) {
        return all().stream().map(t -> t.data(input)).toList();
    }

    static TableSpec<Subsidy> subsidies() {
        return new TableSpec<>("subsidies", "Subsidies",
                "Elke subsidielijn: het bedrag in euro voor één jaar en één doel, met de status (toegekend, begroot of "
                        + "uitbetaald), wie het geld geeft en wie het krijgt, en de bronnen waaruit het bedrag komt. "
                        + "Toegekend, begroot en uitbetaald zijn verschillende fasen: tel ze niet zomaar op.",
                List.of("subsidie", "overheidsfinanciering", "begroting"),
                List.of(id("de subsidielijn"),
                        col("year", ColumnType.INTEGER, "Jaar", "Begrotingsjaar waartoe het bedrag behoort.", true, Subsidy::year),
                        col("amount", ColumnType.EURO, "Bedrag", "Bedrag in euro met twee decimalen; leeg als de bronnen geen bedrag geven.",
                                false, s -> euro(s.amount())),
                        col("status", ColumnType.CODE, "Status", "granted (toegekend), budgeted (begroot) of paid (uitbetaald).", true,
                                s -> code(s.status())),
                        col("purpose", ColumnType.TEXT, "Doel", "Waarvoor het geld dient.", true, Subsidy::purpose),
                        col("funder", ColumnType.TEXT, "Subsidiegever", "Wie het geld geeft.", true, Subsidy::funder),
                        col("recipient", ColumnType.TEXT, "Ontvanger", "Wie het geld krijgt.", true, Subsidy::recipient),
                        col("notes", ColumnType.TEXT, "Toelichting", "Wat een lezer moet weten om het bedrag te begrijpen.", false, Subsidy::notes),
                        sourcesColumn(Subsidy::sources)),
                List.of("id"), List.of(), in -> in.site().subsidies());
    }

    static TableSpec<Project> projects() {
        return new TableSpec<>("projects", "Projecten",
                "De cocreatieprojecten: titel, projectoproep, looptijd, status in de levenscyclus (geselecteerd, "
                        + "experiment, geëvalueerd, opgeschaald of gestopt), doel, resultaat, thema's, budget en bronnen. "
                        + "De partners staan in de tabel project_partners.",
                List.of("project", "cocreatie", "innovatie"),
                List.of(id("het project"),
                        col("title", ColumnType.TEXT, "Titel", "Titel van het project.", true, Project::title),
                        col("call", ColumnType.ID, "Projectoproep", "Id van de projectoproep waarin het geselecteerd werd.", false, Project::callId),
                        col("call_basis", ColumnType.CODE, "Grond voor de projectoproep", "Waarop het verband met de projectoproep steunt: "
                                + "source (een bron zegt het) of our_reading (onze lezing, geen bron zegt het); leeg zonder projectoproep. "
                                + "De bronnen of de reden staan in de tabel links.", false, p -> basis(p.call())),
                        col("period_start", ColumnType.PARTIAL_DATE, "Begin", "Begin van het project, zo precies als de bron.", false,
                                p -> p.period() == null ? null : iso(p.period().start())),
                        col("period_end", ColumnType.PARTIAL_DATE, "Einde", "Einde van het project, zo precies als de bron.", false,
                                p -> p.period() == null ? null : iso(p.period().end())),
                        col("status", ColumnType.CODE, "Status", "selected, experiment, evaluated, scaled_up of stopped.", true,
                                p -> code(p.status())),
                        col("objective", ColumnType.TEXT, "Doel", "Wat het project wilde bereiken.", true, Project::objective),
                        col("results", ColumnType.TEXT, "Resultaat", "Wat eruit kwam; leeg als geen bron het zegt.", false, Project::results),
                        col("themes", ColumnType.TEXT, "Thema's", "Thema's, gescheiden door ;.", false, p -> list(p.themes())),
                        col("budget", ColumnType.EURO, "Budget", "Budget in euro met twee decimalen; leeg als niet gepubliceerd.", false,
                                p -> euro(p.budget())),
                        sourcesColumn(Project::sources)),
                List.of("id"), List.of(), in -> in.site().projects());
    }

    /**
     * A partner of a project with its place in the project's list.
     *
     * @param project  the project
     * @param position 1-based place in its list
     * @param partner  the partner
     */
    record ProjectPartner(Project project, int position, Partner partner) {
    }

    static TableSpec<ProjectPartner> projectPartners() {
        return new TableSpec<>("project_partners", "Projectpartners",
                "De lokale instellingen en bedrijven die aan een project deelnamen, met hun rol (indiener, partner of "
                        + "leverancier). Eén rij per partner per project.",
                List.of("project", "partner", "bibliotheek"),
                List.of(col("project_id", ColumnType.ID, "Project", "Id van het project (zie projects).", true, pp -> pp.project().id()),
                        col("position", ColumnType.INTEGER, "Volgnummer", "Plaats van de partner in de lijst van het project.", true,
                                ProjectPartner::position),
                        col("name", ColumnType.TEXT, "Naam", "Naam van de instelling of het bedrijf.", true, pp -> pp.partner().name()),
                        col("place", ColumnType.TEXT, "Gemeente", "Gemeente van de partner.", false, pp -> pp.partner().place()),
                        col("role", ColumnType.CODE, "Rol", "submitter (indiener), partner of supplier (leverancier).", true,
                                pp -> code(pp.partner().role()))),
                List.of("project_id", "position"), List.of(new ForeignKey("project_id", "projects", "id")),
                in -> {
                    List<ProjectPartner> rows = new ArrayList<>();
                    for (Project p : in.site().projects()) {
                        for (int i = 0; i < p.partners().size(); i++) {
                            rows.add(new ProjectPartner(p, i + 1, p.partners().get(i)));
                        }
                    }
                    return rows;
                });
    }

    static TableSpec<Service> services() {
        return new TableSpec<>("services", "Diensten",
                "De diensten waarop lokale besturen en cultuurspelers kunnen intekenen: wat ze doen, sinds wanneer, "
                        + "uit welke projecten ze voortkomen, wie kan intekenen en hoe de prijs bepaald wordt. "
                        + "De prijzen staan in de tabel price_lines.",
                List.of("dienst", "bibliotheek", "prijs"),
                List.of(id("de dienst"),
                        col("name", ColumnType.TEXT, "Naam", "Naam van de dienst.", true, Service::name),
                        col("description", ColumnType.TEXT, "Beschrijving", "Wat de dienst doet.", true, Service::description),
                        col("launched", ColumnType.PARTIAL_DATE, "Gestart", "Wanneer de dienst startte, zo precies als de bron.", false,
                                s -> iso(s.launched())),
                        col("origin_projects", ColumnType.ID, "Uit projecten", "Ids van de projecten waaruit de dienst voortkomt, gescheiden door ;.",
                                false, s -> list(s.originProjectIds())),
                        col("origin_basis", ColumnType.CODE, "Grond voor de herkomst", "Per project in origin_projects, in dezelfde volgorde "
                                + "en gescheiden door ;: source (een bron zegt dat de dienst eruit voortkomt) of our_reading (onze lezing, "
                                + "geen bron zegt het). De bronnen of de reden staan in de tabel links.", false,
                                s -> list(s.originProjects().stream().map(TableSpecs::basis).toList())),
                        col("subscribers", ColumnType.TEXT, "Wie kan intekenen", "Wie op de dienst kan intekenen.", true, Service::subscribers),
                        col("price_model", ColumnType.CODE, "Prijsmodel", "free, flat, per_inhabitant, tiered of on_quote; leeg als geen bron het zegt.",
                                false, s -> code(s.priceModel())),
                        col("price_note", ColumnType.TEXT, "Prijs in woorden", "Hoe de prijs bepaald wordt.", false, Service::priceNote),
                        col("cooperative_terms", ColumnType.TEXT, "Inspraak", "Hoe intekenaars mee beslissen.", false, Service::cooperativeTerms),
                        sourcesColumn(Service::sources)),
                List.of("id"), List.of(), in -> in.site().services());
    }

    /**
     * A price line with its service and its place in the service's list.
     *
     * @param service  the service
     * @param position 1-based place in its list
     * @param line     the price line
     */
    record ServicePrice(Service service, int position, PriceLine line) {
    }

    static TableSpec<ServicePrice> priceLines() {
        return new TableSpec<>("price_lines", "Prijslijnen",
                "De gepubliceerde prijzen van de diensten, per onderdeel en per periode, met de precisie waarmee ze "
                        + "gepubliceerd werden (bijvoorbeeld 0.27152 euro per inwoner per jaar).",
                List.of("prijs", "tarief", "dienst"),
                List.of(col("service_id", ColumnType.ID, "Dienst", "Id van de dienst (zie services).", true, sp -> sp.service().id()),
                        col("position", ColumnType.INTEGER, "Volgnummer", "Plaats van de prijslijn in de lijst van de dienst.", true,
                                ServicePrice::position),
                        col("component", ColumnType.TEXT, "Onderdeel", "Waarvoor betaald wordt.", true, sp -> sp.line().component()),
                        col("amount", ColumnType.UNIT_PRICE, "Bedrag", "Prijs in euro zoals gepubliceerd; leeg als niet gepubliceerd.", false,
                                sp -> sp.line().amount()),
                        col("unit", ColumnType.CODE, "Eenheid", "per_inhabitant_per_year, per_year, per_month of one_off.", true,
                                sp -> code(sp.line().unit())),
                        col("vat_included", ColumnType.BOOLEAN, "Btw inbegrepen", "true of false; leeg als de bron het niet zegt.", false,
                                sp -> sp.line().vatIncluded()),
                        col("valid_from", ColumnType.DATE, "Geldig vanaf", "Eerste dag waarop de prijs geldt.", true, sp -> sp.line().validFrom()),
                        col("valid_to", ColumnType.DATE, "Geldig tot", "Laatste dag; leeg als de prijs nog geldt of het einde onbekend is.", false,
                                sp -> sp.line().validTo()),
                        col("notes", ColumnType.TEXT, "Toelichting", "Opmerkingen bij de prijs.", false, sp -> sp.line().notes()),
                        col("sources", ColumnType.ID, "Bronnen", "Ids van de bronnen (zie sources), gescheiden door ;.", true,
                                sp -> list(sp.line().sources()))),
                List.of("service_id", "position"), List.of(new ForeignKey("service_id", "services", "id")),
                in -> {
                    List<ServicePrice> rows = new ArrayList<>();
                    for (Service s : in.site().services()) {
                        for (int i = 0; i < s.prices().size(); i++) {
                            rows.add(new ServicePrice(s, i + 1, s.prices().get(i)));
                        }
                    }
                    return rows;
                });
    }

    static TableSpec<Source> sources() {
        return new TableSpec<>("sources", "Bronnen",
                "De openbare documenten waaruit elk cijfer komt: titel, soort, datum, uitgever, webadres en wat de bron "
                        + "zegt dat ertoe doet. De andere tabellen verwijzen ernaar met hun id.",
                List.of("bron", "parlementaire vraag", "jaarverslag"),
                List.of(id("de bron"),
                        col("title", ColumnType.TEXT, "Titel", "Titel van het document of de pagina.", true, Source::title),
                        col("kind", ColumnType.CODE, "Soort", "parliamentary-question, annual-report, budget, decision, agreement, web-page, "
                                + "news-article, magazine of survey.", true, s -> code(s.kind())),
                        col("date", ColumnType.PARTIAL_DATE, "Datum", "Datum van het document, zo precies als bekend.", false, s -> iso(s.date())),
                        col("date_approximate", ColumnType.BOOLEAN, "Datum geschat", "true als de datum een schatting is.", true,
                                Source::dateApproximate),
                        col("publisher", ColumnType.TEXT, "Uitgever", "Wie het document publiceerde.", true, Source::publisher),
                        col("url", ColumnType.URL, "Webadres", "Waar je het document kunt lezen; leeg als het niet online staat.", false, Source::url),
                        col("notes", ColumnType.TEXT, "Toelichting", "Wat de bron zegt dat hier ertoe doet.", false, Source::notes)),
                List.of("id"), List.of(), in -> in.site().sources());
    }

    static <R> Column<R> col(String name, ColumnType type, String title, String description, boolean required,
            Function<R, Object> value) {
        return new Column<>(name, type, title, description, required, value);
    }

    private static <R extends be.openboek.model.Identified> Column<R> id(String what) {
        return col("id", ColumnType.ID, "Id", "Unieke id van " + what + "; verandert nooit en is deel van het webadres.", true,
                be.openboek.model.Identified::id);
    }

    private static <R> Column<R> sourcesColumn(Function<R, List<String>> sources) {
        return col("sources", ColumnType.ID, "Bronnen", "Ids van de bronnen (zie sources), gescheiden door ;.", true,
                r -> list(sources.apply(r)));
    }

    /** Subsidy and budget amounts are whole cents: always written with two decimals. */
    static BigDecimal euro(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** What a link rests on, as its code; null without a link (or for one that says neither, which validation refuses). */
    static String basis(Link link) {
        return link == null ? null : code(link.basis());
    }

    static String code(Coded value) {
        return value == null ? null : value.code();
    }

    private static String iso(PartialDate date) {
        return date == null ? null : date.iso();
    }

    static String list(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(LIST_SEPARATOR, values);
    }
}
