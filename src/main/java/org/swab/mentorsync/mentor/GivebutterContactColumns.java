package org.swab.mentorsync.mentor;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Givebutter's contact export columns, shared by the full-contacts snapshot and the mentors' contact mirror. */
@MappedSuperclass
public abstract class GivebutterContactColumns {

    private String externalId;

    private String prefix;

    private String firstName;

    private String middleName;

    private String lastName;

    private String suffix;

    private String dateOfBirth;

    private String gender;

    private String employer;

    private String title;

    private String primaryEmail;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> additionalEmails = new ArrayList<>();

    private String primaryPhone;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> additionalPhones = new ArrayList<>();

    @Column(name = "address_line_1")
    private String addressLine1;

    @Column(name = "address_line_2")
    private String addressLine2;

    private String city;

    private String state;

    private String postalCode;

    private String country;

    private String additionalAddresses;

    private String website;

    private String twitter;

    private String linkedin;

    private String facebook;

    private String recurringContributions;

    private String totalContributions;

    private String totalSoftCredits;

    private String engageEmailSubscribed;

    private String engageSmsSubscribed;

    private String engageMailSubscribed;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> tags = new ArrayList<>();

    private String notes;

    private String householdId;

    private String household;

    private String householdPrimaryContact;

    private String dateCreatedUtc;

    private String lastModifiedUtc;

    private String contactSince;

    private String preferredFirstName;

    private String pronouns;

    private String tiktok;

    private String instagram;

    private String lastDonationAmount;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> customFields = new LinkedHashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> raw = new LinkedHashMap<>();

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
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

    public String getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(String dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
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

    public String getPrimaryEmail() {
        return primaryEmail;
    }

    public void setPrimaryEmail(String primaryEmail) {
        this.primaryEmail = primaryEmail;
    }

    public List<String> getAdditionalEmails() {
        return additionalEmails;
    }

    public void setAdditionalEmails(List<String> additionalEmails) {
        this.additionalEmails = additionalEmails;
    }

    public String getPrimaryPhone() {
        return primaryPhone;
    }

    public void setPrimaryPhone(String primaryPhone) {
        this.primaryPhone = primaryPhone;
    }

    public List<String> getAdditionalPhones() {
        return additionalPhones;
    }

    public void setAdditionalPhones(List<String> additionalPhones) {
        this.additionalPhones = additionalPhones;
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

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getAdditionalAddresses() {
        return additionalAddresses;
    }

    public void setAdditionalAddresses(String additionalAddresses) {
        this.additionalAddresses = additionalAddresses;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getTwitter() {
        return twitter;
    }

    public void setTwitter(String twitter) {
        this.twitter = twitter;
    }

    public String getLinkedin() {
        return linkedin;
    }

    public void setLinkedin(String linkedin) {
        this.linkedin = linkedin;
    }

    public String getFacebook() {
        return facebook;
    }

    public void setFacebook(String facebook) {
        this.facebook = facebook;
    }

    public String getRecurringContributions() {
        return recurringContributions;
    }

    public void setRecurringContributions(String recurringContributions) {
        this.recurringContributions = recurringContributions;
    }

    public String getTotalContributions() {
        return totalContributions;
    }

    public void setTotalContributions(String totalContributions) {
        this.totalContributions = totalContributions;
    }

    public String getTotalSoftCredits() {
        return totalSoftCredits;
    }

    public void setTotalSoftCredits(String totalSoftCredits) {
        this.totalSoftCredits = totalSoftCredits;
    }

    public String getEngageEmailSubscribed() {
        return engageEmailSubscribed;
    }

    public void setEngageEmailSubscribed(String engageEmailSubscribed) {
        this.engageEmailSubscribed = engageEmailSubscribed;
    }

    public String getEngageSmsSubscribed() {
        return engageSmsSubscribed;
    }

    public void setEngageSmsSubscribed(String engageSmsSubscribed) {
        this.engageSmsSubscribed = engageSmsSubscribed;
    }

    public String getEngageMailSubscribed() {
        return engageMailSubscribed;
    }

    public void setEngageMailSubscribed(String engageMailSubscribed) {
        this.engageMailSubscribed = engageMailSubscribed;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getHouseholdId() {
        return householdId;
    }

    public void setHouseholdId(String householdId) {
        this.householdId = householdId;
    }

    public String getHousehold() {
        return household;
    }

    public void setHousehold(String household) {
        this.household = household;
    }

    public String getHouseholdPrimaryContact() {
        return householdPrimaryContact;
    }

    public void setHouseholdPrimaryContact(String householdPrimaryContact) {
        this.householdPrimaryContact = householdPrimaryContact;
    }

    public String getDateCreatedUtc() {
        return dateCreatedUtc;
    }

    public void setDateCreatedUtc(String dateCreatedUtc) {
        this.dateCreatedUtc = dateCreatedUtc;
    }

    public String getLastModifiedUtc() {
        return lastModifiedUtc;
    }

    public void setLastModifiedUtc(String lastModifiedUtc) {
        this.lastModifiedUtc = lastModifiedUtc;
    }

    public String getContactSince() {
        return contactSince;
    }

    public void setContactSince(String contactSince) {
        this.contactSince = contactSince;
    }

    public String getPreferredFirstName() {
        return preferredFirstName;
    }

    public void setPreferredFirstName(String preferredFirstName) {
        this.preferredFirstName = preferredFirstName;
    }

    public String getPronouns() {
        return pronouns;
    }

    public void setPronouns(String pronouns) {
        this.pronouns = pronouns;
    }

    public String getTiktok() {
        return tiktok;
    }

    public void setTiktok(String tiktok) {
        this.tiktok = tiktok;
    }

    public String getInstagram() {
        return instagram;
    }

    public void setInstagram(String instagram) {
        this.instagram = instagram;
    }

    public String getLastDonationAmount() {
        return lastDonationAmount;
    }

    public void setLastDonationAmount(String lastDonationAmount) {
        this.lastDonationAmount = lastDonationAmount;
    }

    public Map<String, String> getCustomFields() {
        return customFields;
    }

    public void setCustomFields(Map<String, String> customFields) {
        this.customFields = customFields;
    }

    public Map<String, String> getRaw() {
        return raw;
    }

    public void setRaw(Map<String, String> raw) {
        this.raw = raw;
    }
}
