package org.swab.mentorsync.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A contact of the simulated Givebutter account. Mutable: the import and the trickle change it, always under
 * {@link DemoWorld}'s lock. Phones are kept as typed (the export shows them so; the API gives E.164).
 */
final class DemoContact {

    final long id;
    String externalId;
    String prefix;
    String firstName;
    String preferredName;
    String middleName;
    String lastName;
    String gender;
    String primaryEmail;
    final List<String> additionalEmails = new ArrayList<>();
    String primaryPhone;
    final List<String> additionalPhones = new ArrayList<>();
    final List<String> tags = new ArrayList<>();
    final Map<String, String> customFields = new LinkedHashMap<>();
    String notes;
    String city;
    String state;
    String totalContributions;
    boolean emailSubscribed;
    boolean phoneSubscribed;
    String contactSince;
    Instant createdAt;
    Instant updatedAt;
    Instant archivedAt;

    DemoContact(long id) {
        this.id = id;
    }

    boolean archived() {
        return archivedAt != null;
    }

    /** Every email of the contact, primary first. */
    List<String> emails() {
        List<String> all = new ArrayList<>();
        if (primaryEmail != null) {
            all.add(primaryEmail);
        }
        additionalEmails.stream().filter(email -> !all.contains(email)).forEach(all::add);
        return all;
    }

    List<String> phones() {
        List<String> all = new ArrayList<>();
        if (primaryPhone != null) {
            all.add(primaryPhone);
        }
        additionalPhones.stream().filter(phone -> !all.contains(phone)).forEach(all::add);
        return all;
    }
}
