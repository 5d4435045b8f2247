package be.openboek.export;

import java.io.IOException;
import java.util.List;

/** Writes one format (or one piece of metadata) of the datasets into the site folder. */
interface Exporter {

    /**
     * Writes its files through {@link ExportRun#write}.
     *
     * @param context the site, its tables, the files written so far and where to write
     * @return the files it wrote
     */
    List<WrittenFile> export(ExportRun context) throws IOException;
}
