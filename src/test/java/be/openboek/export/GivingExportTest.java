package be.openboek.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.model.Subsidy;
import be.openboek.model.SubsidyStatus;
import be.openboek.testing.TestProject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 360Giving package as a grant tool reads it: it adds up {@code amountAwarded} per recipient id. So only what was
 * granted or paid may be a grant, never a budget; and one organisation must have one id whatever the year or the
 * wording of the source.
 */
class GivingExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode shipped() throws IOException {
        return JSON.readTree(ExportedSite.file("data/360giving.json").toFile());
    }

    /** The subsidy line a grant was made from, by the id the package gives it ({@code <prefix>-<line id>}). */
    private static Subsidy line(JsonNode grant, List<Subsidy> lines) {
        String id = grant.get("id").asText();
        return lines.stream().filter(s -> id.endsWith("-" + s.id())).findFirst()
                .orElseThrow(() -> new AssertionError("no subsidy line for grant " + id));
    }

    @Test
    void onlyGrantedOrPaidLinesAreGrantsInTheShippedPackage() throws IOException {
        List<Subsidy> lines = ExportedSite.records().subsidies();
        JsonNode grants = shipped().get("grants");
        BigDecimal awarded = BigDecimal.ZERO;
        for (JsonNode grant : grants) {
            Subsidy s = line(grant, lines);
            assertNotEquals(SubsidyStatus.BUDGETED, s.status(), grant.get("id").asText() + " is a budgeted line");
            assertEquals(0, s.amount().compareTo(grant.get("amountAwarded").decimalValue()), s.id());
            awarded = awarded.add(grant.get("amountAwarded").decimalValue());
        }
        List<Subsidy> granted = lines.stream().filter(s -> s.status() == SubsidyStatus.GRANTED && s.amount() != null).toList();
        assertEquals(granted.size(), grants.size(), "one grant per granted line with an amount (the shipped data has no paid line)");
        assertEquals(0, granted.stream().map(Subsidy::amount).reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(awarded),
                "amountAwarded adds up to what was granted");
        assertTrue(lines.stream().anyMatch(s -> s.status() == SubsidyStatus.BUDGETED && s.amount() != null),
                "the shipped data has budgeted amounts that must stay out");
    }

    @Test
    void cultuurconnectHasOneRecipientIdAcrossTheShippedYears() throws IOException {
        JsonNode pack = shipped();
        Set<String> ids = new TreeSet<>();
        Set<Integer> years = new TreeSet<>();
        for (JsonNode grant : pack.get("grants")) {
            ids.add(grant.get("recipientOrganization").get(0).get("id").asText());
            years.add(Integer.parseInt(grant.get("awardDate").asText().substring(0, 4)));
        }
        assertTrue(years.size() >= 2 && years.contains(2016), "years with grants: " + years);
        assertEquals(Set.of(pack.get("publisher").get("identifier").asText()), ids, "every grant's recipient is the publisher");
        assertFalse(ids.iterator().next().toLowerCase(java.util.Locale.ROOT).contains("bibnet"), "no predecessor in the id");
        for (JsonNode grant : pack.get("grants")) {
            JsonNode recipient = grant.get("recipientOrganization").get(0);
            assertEquals("Cultuurconnect", recipient.get("name").asText(), "one name with the id");
            assertTrue(recipient.get("description").asText().contains("Bibnet vzw"), "predecessors in the description");
        }
        String description2016 = pack.get("grants").get(0).get("description").asText();
        assertTrue(description2016.contains("Cultuurconnect vzw (voor de eerste jaarhelft Bibnet vzw en LOCUS vzw)"),
                "the recipient as the source names it stays in the grant's description: " + description2016);
    }

    @Test
    void awardsPaymentsPredecessorsAndOtherRecipientsOfAProject(@TempDir Path tmp) throws IOException {
        TestProject project = TestProject.fixture(tmp.resolve("p")).write("""
                -- data/subsidies.yaml --
                subsidies:
                  - id: 2016-werking
                    year: 2016
                    amount: 1000000
                    status: granted
                    purpose: Werking
                    funder: Vlaamse overheid
                    recipient: Proefhuis vzw (de eerste maanden nog Oud Huis vzw)
                    sources: [vraag-2018]
                  - id: 2017-werking
                    year: 2017
                    amount: 1100000
                    status: granted
                    purpose: Werking
                    funder: Vlaamse overheid
                    recipient: Oud Huis v.z.w.
                    sources: [vraag-2018]
                  - id: 2017-werking-betaald
                    year: 2017
                    amount: 900000.50
                    status: paid
                    purpose: Werking
                    funder: Vlaamse overheid
                    recipient: Proefhuis
                    sources: [vraag-2018]
                  - id: 2018-werking
                    year: 2018
                    amount: 1200000
                    status: budgeted
                    purpose: Werking
                    funder: Vlaamse overheid
                    recipient: Proefhuis
                    sources: [vraag-2018]
                  - id: 2019-werking
                    year: 2019
                    amount: 1150000
                    status: paid
                    purpose: Werking
                    funder: Vlaamse overheid
                    recipient: Proefhuis en Oud Huis vzw
                    sources: [vraag-2018]
                  - id: 2019-project
                    year: 2019
                    status: granted
                    purpose: Project
                    funder: Vlaamse overheid
                    recipient: Proefhuis
                    sources: [vraag-2018]
                  - id: 2016-gent
                    year: 2016
                    amount: 5000
                    status: granted
                    purpose: Leesproject
                    funder: Proefhuis
                    recipient: Bibliotheek Gent
                    sources: [vraag-2018]
                  - id: 2017-gent
                    year: 2017
                    amount: 6000
                    status: granted
                    purpose: Leesproject
                    funder: Proefhuis
                    recipient: Bibliotheek Gent
                    sources: [vraag-2018]
                  - id: 2017-vrienden
                    year: 2017
                    amount: 700
                    status: granted
                    purpose: Leesproject
                    funder: Proefhuis
                    recipient: Vrienden van Proefhuis vzw
                    sources: [vraag-2018]
                """);
        Path site = tmp.resolve("site");
        TestProject.Run run = project.build(site);
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(site.resolve("data/360giving.json"));
        JsonNode pack = JSON.readTree(text);
        Map<String, JsonNode> grants = new LinkedHashMap<>();
        pack.get("grants").forEach(g -> grants.put(g.get("id").asText().replace("360G-proefhuis.example-", ""), g));

        assertEquals(new TreeSet<>(List.of("2016-werking", "2017-werking", "2019-werking", "2016-gent", "2017-gent", "2017-vrienden")),
                new TreeSet<>(grants.keySet()), "granted and paid lines with an amount; a payment of a granted line is no grant");
        JsonNode award2017 = grants.get("2017-werking");
        assertEquals(0, new BigDecimal("1100000").compareTo(award2017.get("amountAwarded").decimalValue()));
        assertEquals(0, new BigDecimal("900000.50").compareTo(award2017.get("amountDisbursed").decimalValue()),
                "what was paid of it, from the paid line of the same year and purpose");
        JsonNode paidAlone = grants.get("2019-werking");
        assertEquals(0, new BigDecimal("1150000").compareTo(paidAlone.get("amountAwarded").decimalValue()));
        assertEquals(0, new BigDecimal("1150000").compareTo(paidAlone.get("amountDisbursed").decimalValue()));
        assertNull(grants.get("2016-werking").get("amountDisbursed"), "no payment published");

        String publisher = "BE-BCE_KBO-0123456789";
        assertEquals(publisher, pack.get("publisher").get("identifier").asText());
        for (String own : List.of("2016-werking", "2017-werking", "2019-werking")) {
            JsonNode recipient = grants.get(own).get("recipientOrganization").get(0);
            assertEquals(publisher, recipient.get("id").asText(), own + ": the organisation, also under a predecessor's name");
            assertEquals("Proefhuis", recipient.get("name").asText(), own);
            assertTrue(recipient.get("description").asText().contains("Oud Huis vzw"), own + ": predecessor in the description");
        }
        assertTrue(grants.get("2017-werking").get("description").asText().contains("Oud Huis v.z.w."), "the source's wording");
        assertEquals(publisher, grants.get("2016-gent").get("fundingOrganization").get(0).get("id").asText(), "as a funder too");
        String gent = grants.get("2016-gent").get("recipientOrganization").get(0).get("id").asText();
        assertEquals(gent, grants.get("2017-gent").get("recipientOrganization").get(0).get("id").asText(), "a stable id of its own");
        assertEquals("360G-proefhuis.example-bibliotheek-gent", gent);
        String friends = grants.get("2017-vrienden").get("recipientOrganization").get(0).get("id").asText();
        assertNotEquals(publisher, friends, "a name that merely contains the organisation's is another organisation");

        String page = Files.readString(site.resolve("datasets/index.html"));
        assertTrue(page.contains("1 begrote lijn staat er niet in: een begroting is een plan, geen toekenning"), "why and how many");
        assertTrue(page.contains("1 toegekende of uitbetaalde lijn zonder gepubliceerd bedrag ook niet"), "the line without amount");
        assertTrue(page.contains("1 uitbetaalde lijn staat bij de toegekende subsidie"), "the payment");
        String english = Files.readString(site.resolve("en/datasets/index.html"));
        assertTrue(english.contains("1 budgeted line is left out: a budget is a plan, not an award"), english);
        MetadataValidationTest.assertValid360Giving(text); // last: skips the test where the standards are missing
    }
}
