package org.swab.mentorsync.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A Jotform signup-form submission as fetched: extracted columns plus the whole submission. */
@Entity
@Table(name = "raw_mn_signups")
public class RawSignup {

    @Id
    private String submissionId;

    private String formId;

    private LocalDateTime submittedAt;

    private LocalDateTime updatedAt;

    private String status;

    private String mnIdAnswer;

    private String prefix;

    private String firstName;

    private String middleName;

    private String lastName;

    private String suffix;

    private String phone;

    private String ugaEmail;

    private String personalEmail;

    private String ugaClass;

    private String shirtSize;

    private String gender;

    private String shiftPreference;

    private String partnerPreference;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> submission = new LinkedHashMap<>();

    private Instant syncedAt = Instant.now();

    public String getSubmissionId() {
        return submissionId;
    }

    public void setSubmissionId(String submissionId) {
        this.submissionId = submissionId;
    }

    public String getFormId() {
        return formId;
    }

    public void setFormId(String formId) {
        this.formId = formId;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public void setSubmittedAt(LocalDateTime submittedAt) {
        this.submittedAt = submittedAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getMnIdAnswer() {
        return mnIdAnswer;
    }

    public void setMnIdAnswer(String mnIdAnswer) {
        this.mnIdAnswer = mnIdAnswer;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getSuffix() {
        return suffix;
    }

    public void setSuffix(String suffix) {
        this.suffix = suffix;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getUgaEmail() {
        return ugaEmail;
    }

    public void setUgaEmail(String ugaEmail) {
        this.ugaEmail = ugaEmail;
    }

    public String getPersonalEmail() {
        return personalEmail;
    }

    public void setPersonalEmail(String personalEmail) {
        this.personalEmail = personalEmail;
    }

    public String getUgaClass() {
        return ugaClass;
    }

    public void setUgaClass(String ugaClass) {
        this.ugaClass = ugaClass;
    }

    public String getShirtSize() {
        return shirtSize;
    }

    public void setShirtSize(String shirtSize) {
        this.shirtSize = shirtSize;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public String getShiftPreference() {
        return shiftPreference;
    }

    public void setShiftPreference(String shiftPreference) {
        this.shiftPreference = shiftPreference;
    }

    public String getPartnerPreference() {
        return partnerPreference;
    }

    public void setPartnerPreference(String partnerPreference) {
        this.partnerPreference = partnerPreference;
    }

    public Map<String, Object> getSubmission() {
        return submission;
    }

    public void setSubmission(Map<String, Object> submission) {
        this.submission = submission;
    }

    public Instant getSyncedAt() {
        return syncedAt;
    }

    public void setSyncedAt(Instant syncedAt) {
        this.syncedAt = syncedAt;
    }
}
