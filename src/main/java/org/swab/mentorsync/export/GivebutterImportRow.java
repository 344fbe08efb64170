package org.swab.mentorsync.export;

import org.swab.mentorsync.mentor.EmailAddresses;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A mentor's row of the Givebutter contact import, columns named exactly as Givebutter's template. */
@Entity
@Table(name = "mn_gb_import")
public class GivebutterImportRow {

    @Id
    private String mnId;

    @Column(name = "`Givebutter Contact ID`")
    private String givebutterContactId;

    @Column(name = "`Contact External ID`")
    private String contactExternalId;

    @Column(name = "`Contact Since`")
    private String contactSince;

    @Column(name = "`Prefix`")
    private String prefix;

    @Column(name = "`First Name`")
    private String firstName;

    @Column(name = "`Preferred First Name`")
    private String preferredFirstName;

    @Column(name = "`Middle Name`")
    private String middleName;

    @Column(name = "`Last Name`")
    private String lastName;

    @Column(name = "`Suffix`")
    private String suffix;

    @Column(name = "`Primary Email`")
    private String primaryEmail;

    @Column(name = "`Primary Phone Number`")
    private String primaryPhoneNumber;

    @Column(name = "`Address Line 1`")
    private String addressLine1;

    @Column(name = "`Address Line 2`")
    private String addressLine2;

    @Column(name = "`City`")
    private String city;

    @Column(name = "`State`")
    private String state;

    @Column(name = "`Zip Code`")
    private String zipCode;

    @Column(name = "`Country`")
    private String country;

    @Column(name = "`Gender`")
    private String gender;

    @Column(name = "`Pronouns`")
    private String pronouns;

    @Column(name = "`Household Name`")
    private String householdName;

    @Column(name = "`Household Envelope Name`")
    private String householdEnvelopeName;

    @Column(name = "`Is Household Primary Contact`")
    private String isHouseholdPrimaryContact;

    @Column(name = "`Email Addresses`")
    private String emailAddresses;

    @Column(name = "`Phone Numbers`")
    private String phoneNumbers;

    @Column(name = "`Date of Birth`")
    private String dateOfBirth;

    @Column(name = "`Employer`")
    private String employer;

    @Column(name = "`Title`")
    private String title;

    @Column(name = "`Twitter URL`")
    private String twitterUrl;

    @Column(name = "`LinkedIn URL`")
    private String linkedinUrl;

    @Column(name = "`Facebook URL`")
    private String facebookUrl;

    @Column(name = "`TikTok URL`")
    private String tiktokUrl;

    @Column(name = "`Tags`")
    private String tags;

    @Column(name = "`Notes`")
    private String notes;

    @Column(name = "`Email Subscription Status`")
    private String emailSubscriptionStatus;

    @Column(name = "`Phone Subscription Status`")
    private String phoneSubscriptionStatus;

    @Column(name = "`Address Subscription Status`")
    private String addressSubscriptionStatus;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> customFields = new LinkedHashMap<>();

    private boolean needsSync = true;

    private Instant lastExportedAt;

    private Instant generatedAt = Instant.now();

    public String getMnId() {
        return mnId;
    }

    public void setMnId(String mnId) {
        this.mnId = mnId;
    }

    public String getGivebutterContactId() {
        return givebutterContactId;
    }

    public void setGivebutterContactId(String givebutterContactId) {
        this.givebutterContactId = givebutterContactId;
    }

    public String getContactExternalId() {
        return contactExternalId;
    }

    public void setContactExternalId(String contactExternalId) {
        this.contactExternalId = contactExternalId;
    }

    public String getContactSince() {
        return contactSince;
    }

    public void setContactSince(String contactSince) {
        this.contactSince = contactSince;
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

    public String getPreferredFirstName() {
        return preferredFirstName;
    }

    public void setPreferredFirstName(String preferredFirstName) {
        this.preferredFirstName = preferredFirstName;
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

    public String getPrimaryEmail() {
        return primaryEmail;
    }

    public void setPrimaryEmail(String primaryEmail) {
        this.primaryEmail = primaryEmail;
    }

    public String getPrimaryPhoneNumber() {
        return primaryPhoneNumber;
    }

    public void setPrimaryPhoneNumber(String primaryPhoneNumber) {
        this.primaryPhoneNumber = primaryPhoneNumber;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public void setAddressLine1(String addressLine1) {
        this.addressLine1 = addressLine1;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public void setAddressLine2(String addressLine2) {
        this.addressLine2 = addressLine2;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getZipCode() {
        return zipCode;
    }

    public void setZipCode(String zipCode) {
        this.zipCode = zipCode;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public String getPronouns() {
        return pronouns;
    }

    public void setPronouns(String pronouns) {
        this.pronouns = pronouns;
    }

    public String getHouseholdName() {
        return householdName;
    }

    public void setHouseholdName(String householdName) {
        this.householdName = householdName;
    }

    public String getHouseholdEnvelopeName() {
        return householdEnvelopeName;
    }

    public void setHouseholdEnvelopeName(String householdEnvelopeName) {
        this.householdEnvelopeName = householdEnvelopeName;
    }

    public String getIsHouseholdPrimaryContact() {
        return isHouseholdPrimaryContact;
    }

    public void setIsHouseholdPrimaryContact(String isHouseholdPrimaryContact) {
        this.isHouseholdPrimaryContact = isHouseholdPrimaryContact;
    }

    public String getEmailAddresses() {
        return emailAddresses;
    }

    public void setEmailAddresses(String emailAddresses) {
        this.emailAddresses = emailAddresses;
    }

    public String getPhoneNumbers() {
        return phoneNumbers;
    }

    public void setPhoneNumbers(String phoneNumbers) {
        this.phoneNumbers = phoneNumbers;
    }

    public String getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(String dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTwitterUrl() {
        return twitterUrl;
    }

    public void setTwitterUrl(String twitterUrl) {
        this.twitterUrl = twitterUrl;
    }

    public String getLinkedinUrl() {
        return linkedinUrl;
    }

    public void setLinkedinUrl(String linkedinUrl) {
        this.linkedinUrl = linkedinUrl;
    }

    public String getFacebookUrl() {
        return facebookUrl;
    }

    public void setFacebookUrl(String facebookUrl) {
        this.facebookUrl = facebookUrl;
    }

    public String getTiktokUrl() {
        return tiktokUrl;
    }

    public void setTiktokUrl(String tiktokUrl) {
        this.tiktokUrl = tiktokUrl;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getEmailSubscriptionStatus() {
        return emailSubscriptionStatus;
    }

    public void setEmailSubscriptionStatus(String emailSubscriptionStatus) {
        this.emailSubscriptionStatus = emailSubscriptionStatus;
    }

    public String getPhoneSubscriptionStatus() {
        return phoneSubscriptionStatus;
    }

    public void setPhoneSubscriptionStatus(String phoneSubscriptionStatus) {
        this.phoneSubscriptionStatus = phoneSubscriptionStatus;
    }

    public String getAddressSubscriptionStatus() {
        return addressSubscriptionStatus;
    }

    public void setAddressSubscriptionStatus(String addressSubscriptionStatus) {
        this.addressSubscriptionStatus = addressSubscriptionStatus;
    }

    public Map<String, String> getCustomFields() {
        return customFields;
    }

    public void setCustomFields(Map<String, String> customFields) {
        this.customFields = customFields;
    }

    public boolean isNeedsSync() {
        return needsSync;
    }

    public void setNeedsSync(boolean needsSync) {
        this.needsSync = needsSync;
    }

    public Instant getLastExportedAt() {
        return lastExportedAt;
    }

    public void setLastExportedAt(Instant lastExportedAt) {
        this.lastExportedAt = lastExportedAt;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    public void setGeneratedAt(Instant generatedAt) {
        this.generatedAt = generatedAt;
    }
}
