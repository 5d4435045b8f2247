package be.openboek.export;

import be.openboek.load.SiteLoader;
import be.openboek.model.Site;
import be.openboek.testing.SharedSites;
import be.openboek.testing.TestProject;
import java.nio.file.Path;

/** The shipped site ({@link SharedSites#shipped()}) with its records loaded independently of the build, for tests that read the downloads back. */
final class ExportedSite {

    private static Site records;

    private ExportedSite() {
    }

    /** The shipped records, loaded with the loader alone. */
    static synchronized Site records() {
        if (records == null) {
            records = new SiteLoader().load(TestProject.REPO).site();
        }
        return records;
    }

    /** A file of the built site. */
    static Path file(String path) {
        return SharedSites.shipped().resolve(path);
    }
}
