package org.swab.mentorsync.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.swab.mentorsync.mentor.GivebutterContactColumns;

/** One row of the latest Givebutter contacts export (all contacts, mostly not mentors). */
@Entity
@Table(name = "raw_gb_full_contacts")
public class GivebutterContact extends GivebutterContactColumns {

    @Id
    private Long contactId;

    private String rowHash;

    @Column(nullable = false)
    private Instant csvUploadedAt;

    @Column(nullable = false)
    private String csvFilename;

    public Long getContactId() {
        return contactId;
    }

    public void setContactId(Long contactId) {
        this.contactId = contactId;
    }

    public String getRowHash() {
        return rowHash;
    }

    public void setRowHash(String rowHash) {
        this.rowHash = rowHash;
    }

    public Instant getCsvUploadedAt() {
        return csvUploadedAt;
    }

    public void setCsvUploadedAt(Instant csvUploadedAt) {
        this.csvUploadedAt = csvUploadedAt;
    }

    public String getCsvFilename() {
        return csvFilename;
    }

    public void setCsvFilename(String csvFilename) {
        this.csvFilename = csvFilename;
    }
}
