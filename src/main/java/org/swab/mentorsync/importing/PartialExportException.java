package org.swab.mentorsync.importing;

import java.util.Locale;

/** The file has far fewer contacts than the last upload: nothing was written, the admin must confirm. */
public class PartialExportException extends RuntimeException {

    private final long contactsInFile;
    private final long previousContacts;

    public PartialExportException(long contactsInFile, long previousContacts) {
        super(String.format(
                Locale.US,
                "This CSV has %d %% fewer contacts (%,d vs %,d). Is this a filtered export?",
                Math.round(100.0 * (previousContacts - contactsInFile) / previousContacts),
                contactsInFile,
                previousContacts));
        this.contactsInFile = contactsInFile;
        this.previousContacts = previousContacts;
    }

    public long contactsInFile() {
        return contactsInFile;
    }

    public long previousContacts() {
        return previousContacts;
    }
}
