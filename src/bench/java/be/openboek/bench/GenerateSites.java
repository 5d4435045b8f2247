package be.openboek.bench;

import java.nio.file.Path;

/**
 * Writes the synthetic organisation of one size four times, for each generator the benchmark compares:
 * {@code GenerateSites REPOSITORY SIZE FOLDER} writes FOLDER/openboek, FOLDER/hugo (one
 * language), FOLDER/hugo-same (Hugo doing the same work: two languages, JSON beside every page) and FOLDER/jbake.
 */
public final class GenerateSites {

    /** The same records on every run and machine. */
    static final long SEED = 20_260_101L;

    private GenerateSites() {
    }

    public static void main(String[] args) throws Exception {
        Path repository = Path.of(args[0]);
        int size = Integer.parseInt(args[1]);
        Path folder = Path.of(args[2]);
        SyntheticRecords records = new SyntheticRecords(size, SEED + size);
        OpenboekProject.write(records, repository, folder.resolve("openboek"));
        HugoSite.write(records, folder.resolve("hugo"));
        HugoSite.writeSameWork(records, folder.resolve("hugo-same"));
        PlainJBakeSite.write(records, folder.resolve("jbake"));
        System.out.println("Generated " + size + " records (" + records.projects.size() + " projects, " + records.services.size()
                + " services, " + records.subsidies.size() + " subsidies) in " + folder);
    }
}
