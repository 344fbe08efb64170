package org.swab.mentorsync.mentor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A mentor: our source of truth for identity and status, keyed by the Jotform mentor id (digits only). */
@Entity
@Table(name = "mentors")
public class Mentor {

    @Id
    private String mnId;

    private String phone;

    private Long gbContactId;

    private Long gbMemberId;

    private String firstName;

    private String middleName;

    private String lastName;

    @Column(nullable = false)
    private String preferredName;

    private String fullName;

    private String personalEmail;

    private String ugaEmail;

    private String gender;

    private String shirtSize;

    private String ugaClass;

    private String shiftPreference;

    private String partnerPreference;

    @Column(nullable = false)
    private MentorStatus statusCategory = MentorStatus.NEEDS_SETUP;

    private String statusText;

    private String signupSubmissionId;

    private String setupSubmissionId;

    private Instant signupAt;

    private Instant createdAt;

    private Instant updatedAt;

    private boolean dropped;

    private Instant droppedAt;

    @Version
    private long version;

    public String getMnId() {
        return mnId;
    }

    protected Mentor() {}

    /** A mentor the ETL saw for the first time at {@code now}. */
    public Mentor(String mnId, Instant now) {
        this.mnId = mnId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Its signup is gone from Jotform: kept, but out of every count, grid and export. */
    public void markDropped(Instant now) {
        dropped = true;
        droppedAt = now;
        updatedAt = now;
    }

    public void setMnId(String mnId) {
        this.mnId = mnId;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getGbContactId() {
        return gbContactId;
    }

    /** The admin took the contact id away: the mentor counts as without contact until an upload links another. */
    public void unlinkContact(Instant now) {
        gbContactId = null;
        updatedAt = now;
    }

    public void setGbContactId(Long gbContactId) {
        this.gbContactId = gbContactId;
    }

    public Long getGbMemberId() {
        return gbMemberId;
    }

    public void setGbMemberId(Long gbMemberId) {
        this.gbMemberId = gbMemberId;
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

    public String getPreferredName() {
        return preferredName;
    }

    public void setPreferredName(String preferredName) {
        this.preferredName = preferredName;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPersonalEmail() {
        return personalEmail;
    }

    public void setPersonalEmail(String personalEmail) {
        this.personalEmail = personalEmail;
    }

    public String getUgaEmail() {
        return ugaEmail;
    }

    public void setUgaEmail(String ugaEmail) {
        this.ugaEmail = ugaEmail;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public String getShirtSize() {
        return shirtSize;
    }

    public void setShirtSize(String shirtSize) {
        this.shirtSize = shirtSize;
    }

    public String getUgaClass() {
        return ugaClass;
    }

    public void setUgaClass(String ugaClass) {
        this.ugaClass = ugaClass;
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

    public MentorStatus getStatusCategory() {
        return statusCategory;
    }

    public void setStatusCategory(MentorStatus statusCategory) {
        this.statusCategory = statusCategory;
    }

    public String getStatusText() {
        return statusText;
    }

    public void setStatusText(String statusText) {
        this.statusText = statusText;
    }

    public String getSignupSubmissionId() {
        return signupSubmissionId;
    }

    public void setSignupSubmissionId(String signupSubmissionId) {
        this.signupSubmissionId = signupSubmissionId;
    }

    public String getSetupSubmissionId() {
        return setupSubmissionId;
    }

    public void setSetupSubmissionId(String setupSubmissionId) {
        this.setupSubmissionId = setupSubmissionId;
    }

    public Instant getSignupAt() {
        return signupAt;
    }

    public void setSignupAt(Instant signupAt) {
        this.signupAt = signupAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public boolean isDropped() {
        return dropped;
    }

    public void setDropped(boolean dropped) {
        this.dropped = dropped;
    }

    public Instant getDroppedAt() {
        return droppedAt;
    }

    public void setDroppedAt(Instant droppedAt) {
        this.droppedAt = droppedAt;
    }

    public long getVersion() {
        return version;
    }
}
