package be.openboek.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import be.openboek.testing.SharedSites;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PagedListsTest {

    @Test
    void scratch() {
        Path site = SharedSites.paged();
        be.openboek.testing.TestProject.copyTree(site, Path.of("/tmp/x/paged"));
        assertTrue(site != null);
    }
}
