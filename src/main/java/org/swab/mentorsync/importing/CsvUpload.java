package org.swab.mentorsync.importing;

import java.nio.file.Path;

/**
 * One uploaded export, already on disk.
 *
 * @param confirmPartial the admin confirmed that a much smaller file than last time is intended
 */
public record CsvUpload(Path file, String filename, String uploadedBy, boolean confirmPartial) {

    public CsvUpload confirmed() {
        return new CsvUpload(file, filename, uploadedBy, true);
    }
}
