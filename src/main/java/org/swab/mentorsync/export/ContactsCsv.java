package org.swab.mentorsync.export;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What the last Givebutter contacts export says, as far as the import file needs it; implemented by the importing
 * module (which owns the upload log and the snapshot), so export does not depend on importing.
 */
public interface ContactsCsv {

    /** When the last full contacts export was uploaded, if ever. */
    Optional<Instant> lastFullUpload();

    /** Per external id, the contact holding it in the last export (an external id is unique per account). */
    Map<String, Long> contactByExternalId();
}
