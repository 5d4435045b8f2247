package be.openboek.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The records of a synthetic organisation of a given size, drawn from a fixed seed so that every run
 * (and every generator: ours, Hugo, plain JBake) gets the same text. About 84% projects (each with ~300
 * words of Markdown, a table and a list), 15% services (with price lines) and 1% subsidies.
 */
final class SyntheticRecords {

    /** One project. {@code services} are the ids of the services that name it as origin (for Hugo and JBake). */
    record Project(String id, String title, String call, String start, String status, String objective, String results,
            List<String[]> partners, List<String> themes, long budget, String description, List<String> sources,
            List<String> services) {
    }

    record PriceLine(String component, String amount, String validFrom, String validTo, String source) {
    }

    record Service(String id, String name, String description, String launched, List<String> originProjects,
            List<PriceLine> prices, List<String> sources) {
    }

    record Subsidy(String id, int year, long amount, String status, String purpose, String source) {
    }

    static final int SOURCES = 40;
    static final int CALLS = 12;

    private static final String[] WORDS = ("bibliotheek lezen cultuur gemeente project digitaal dienst boek kinderen "
            + "jongeren ouderen gemeenschap samen plaats nieuwe ideeën proef werking platform gegevens leden uitlenen "
            + "spel film muziek erfgoed archief workshop vrijwilligers school buurt stad dorp provincie Vlaanderen "
            + "netwerk open toegang software ontwikkeling resultaat evaluatie aanpak partner onderzoek publiek collectie "
            + "catalogus zoeken vinden delen leren maken tonen vertellen verhaal geschiedenis toekomst").split(" ");
    private static final String[] STATUSES = {"selected", "experiment", "evaluated", "scaled_up", "stopped"};
    private static final String[] ROLES = {"submitter", "partner", "supplier"};
    private static final String[] SUBSIDY_STATUSES = {"granted", "budgeted", "paid"};

    final List<Project> projects = new ArrayList<>();
    final List<Service> services = new ArrayList<>();
    final List<Subsidy> subsidies = new ArrayList<>();
    private final Random random;

    SyntheticRecords(int size, long seed) {
        this.random = new Random(seed);
        int subsidyCount = Math.max(5, size / 100);
        int serviceCount = size * 15 / 100;
        int projectCount = size - subsidyCount - serviceCount;
        List<List<String>> servicesOf = new ArrayList<>();
        for (int i = 0; i < projectCount; i++) {
            servicesOf.add(new ArrayList<>());
        }
        for (int i = 1; i <= serviceCount; i++) {
            String id = String.format("dienst-%06d", i);
            List<String> origin = new ArrayList<>();
            int first = random.nextInt(projectCount);
            origin.add(projectId(first + 1));
            servicesOf.get(first).add(id);
            if (random.nextInt(3) == 0) {
                int second = random.nextInt(projectCount);
                if (second != first) {
                    origin.add(projectId(second + 1));
                    servicesOf.get(second).add(id);
                }
            }
            List<PriceLine> prices = new ArrayList<>();
            int lines = 2 + random.nextInt(3);
            for (int l = 0; l < lines; l++) {
                String amount = random.nextInt(5) + "." + String.format("%05d", random.nextInt(100000));
                int year = 2018 + l;
                prices.add(new PriceLine("Basis", amount, year + "-01-01", l == lines - 1 ? null : year + "-12-31", source()));
            }
            services.add(new Service(id, "Dienst " + i + ": " + capitalised(words(2)), sentence(25),
                    (2018 + random.nextInt(6)) + "-0" + (1 + random.nextInt(9)) + "-15", origin, prices, List.of(source())));
        }
        for (int i = 1; i <= projectCount; i++) {
            List<String[]> partners = new ArrayList<>();
            int n = 1 + random.nextInt(3);
            for (int p = 0; p < n; p++) {
                partners.add(new String[] {"Bibliotheek " + capitalised(words(1)), capitalised(words(1)), ROLES[random.nextInt(3)]});
            }
            projects.add(new Project(projectId(i), "Project " + i + ": " + capitalised(words(3)),
                    "oproep-" + (1 + random.nextInt(CALLS)), (2016 + random.nextInt(8)) + "-0" + (1 + random.nextInt(9)),
                    STATUSES[random.nextInt(STATUSES.length)], sentence(20), random.nextBoolean() ? sentence(30) : null,
                    partners, List.of(words(1), words(1) + "-" + words(1)), random.nextBoolean() ? 1000L * (5 + random.nextInt(500)) : 0,
                    markdown(), List.of(source(), source()).stream().distinct().toList(), servicesOf.get(i - 1)));
        }
        java.util.Set<String> lines = new java.util.HashSet<>();
        for (int i = 1; i <= subsidyCount; i++) {
            int year = 2017 + random.nextInt(7);
            long amount = 10_000L * (10 + random.nextInt(50_000));
            String status = SUBSIDY_STATUSES[random.nextInt(3)];
            String purpose = capitalised(words(2));
            // Two lines with the same year, purpose and status are refused (they would count money twice): from about
            // 1,000 lines on, two random purposes can meet.
            if (!lines.add(year + status + purpose)) {
                purpose += " " + i;
            }
            subsidies.add(new Subsidy(String.format("%d-subsidie-%05d", year, i), year, amount, status, purpose, source()));
        }
    }

    static String projectId(int i) {
        return String.format("project-%06d", i);
    }

    static String sourceId(int i) {
        return String.format("bron-%03d", i);
    }

    private String source() {
        return sourceId(1 + random.nextInt(SOURCES));
    }

    /** About 300 words: paragraphs, a heading, a table and a list. */
    private String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(sentence(18)).append(' ').append(sentence(22)).append(' ').append(sentence(20)).append("\n\n");
        md.append("### Aanpak\n\n").append(sentence(25)).append(" **").append(words(2)).append("** ").append(sentence(20)).append("\n\n");
        md.append("| Fase | Duur | Wie |\n|---|---|---|\n");
        for (int r = 0; r < 3; r++) {
            md.append("| ").append(capitalised(words(2))).append(" | ").append(2 + random.nextInt(10)).append(" maanden | ")
                    .append(capitalised(words(1))).append(" |\n");
        }
        md.append('\n');
        for (int r = 0; r < 4; r++) {
            md.append("- ").append(sentence(8)).append('\n');
        }
        md.append('\n').append(sentence(30)).append(' ').append(sentence(25)).append("\n\n");
        md.append("### Resultaat\n\n").append(sentence(30)).append(' ').append(sentence(30)).append(' ').append(sentence(25)).append('\n');
        return md.toString();
    }

    private String sentence(int words) {
        return capitalised(words(words)) + ".";
    }

    private String words(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                s.append(' ');
            }
            s.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
