package org.swab.mentorsync.importing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One Givebutter contacts CSV upload, accepted or rejected. */
@Entity
@Table(name = "csv_import_log")
public class CsvImportLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String filename;

    private Instant uploadedAt;

    private String uploadedBy;

    private Long fileSizeBytes;

    private int totalContacts;

    private int mentorsMatched;

    private int newContactIdsCaptured;

    private int duplicatesDetected;

    private Long durationMs;

    private CsvImportOutcome outcome;

    private String message;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getFilename() {
        return filename;
    }

    public void setFilename(String filename) {
        this.filename = filename;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public void setUploadedAt(Instant uploadedAt) {
        this.uploadedAt = uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public void setUploadedBy(String uploadedBy) {
        this.uploadedBy = uploadedBy;
    }

    public Long getFileSizeBytes() {
        return fileSizeBytes;
    }

    public void setFileSizeBytes(Long fileSizeBytes) {
        this.fileSizeBytes = fileSizeBytes;
    }

    public int getTotalContacts() {
        return totalContacts;
    }

    public void setTotalContacts(int totalContacts) {
        this.totalContacts = totalContacts;
    }

    public int getMentorsMatched() {
        return mentorsMatched;
    }

    public void setMentorsMatched(int mentorsMatched) {
        this.mentorsMatched = mentorsMatched;
    }

    public int getNewContactIdsCaptured() {
        return newContactIdsCaptured;
    }

    public void setNewContactIdsCaptured(int newContactIdsCaptured) {
        this.newContactIdsCaptured = newContactIdsCaptured;
    }

    public int getDuplicatesDetected() {
        return duplicatesDetected;
    }

    public void setDuplicatesDetected(int duplicatesDetected) {
        this.duplicatesDetected = duplicatesDetected;
    }

    public Long getDurationMs() {
        return durationMs;
    }

    public void setDurationMs(Long durationMs) {
        this.durationMs = durationMs;
    }

    public CsvImportOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(CsvImportOutcome outcome) {
        this.outcome = outcome;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
