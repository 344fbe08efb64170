package org.swab.mentorsync.mentor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The Givebutter contact linked to a mentor, kept fresh from the CSV match and the contacts API. */
@Entity
@Table(name = "raw_mn_gb_contacts")
public class MentorContact extends GivebutterContactColumns {

    @Id
    private String mnId;

    @Column(nullable = false)
    private Long contactId;

    @Column(nullable = false)
    private ContactSource source;

    private Instant gbUpdatedAt;

    private Instant lastSyncedAt;

    @Column(nullable = false)
    private ContactSyncStatus syncStatus = ContactSyncStatus.SYNCED;

    public String getMnId() {
        return mnId;
    }

    protected MentorContact() {}

    /** A mirror row first written at {@code now}. */
    public MentorContact(String mnId, Instant now) {
        this.mnId = mnId;
        this.lastSyncedAt = now;
    }

    public void setMnId(String mnId) {
        this.mnId = mnId;
    }

    public Long getContactId() {
        return contactId;
    }

    public void setContactId(Long contactId) {
        this.contactId = contactId;
    }

    public ContactSource getSource() {
        return source;
    }

    public void setSource(ContactSource source) {
        this.source = source;
    }

    public Instant getGbUpdatedAt() {
        return gbUpdatedAt;
    }

    public void setGbUpdatedAt(Instant gbUpdatedAt) {
        this.gbUpdatedAt = gbUpdatedAt;
    }

    public Instant getLastSyncedAt() {
        return lastSyncedAt;
    }

    public void setLastSyncedAt(Instant lastSyncedAt) {
        this.lastSyncedAt = lastSyncedAt;
    }

    public ContactSyncStatus getSyncStatus() {
        return syncStatus;
    }

    public void setSyncStatus(ContactSyncStatus syncStatus) {
        this.syncStatus = syncStatus;
    }
}
