package be.openboek.export;

import java.io.IOException;
import java.util.List;

/** Writes one format (or one piece of metadata) of the datasets into the site folder. */
interface Exporter {

    /**
     * Writes its files through {@link ExportContext#write}.
     *
     * @param context the site, its tables, the files written so far and where to write
     * @return the files it wrote
     */
    List<ExportedFile> export(ExportContext context) throws IOException;
}
