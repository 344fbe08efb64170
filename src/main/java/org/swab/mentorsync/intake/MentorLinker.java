package org.swab.mentorsync.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.swab.mentorsync.mentor.EmailAddresses;
import org.swab.mentorsync.mentor.PhoneNumbers;

/**
 * Finds the mentor a setup submission or campaign member belongs to: by phone first, then by email (personal or UGA).
 * Several mentors on one phone are told apart by the email; when nothing decides, nobody is linked.
 */
final class MentorLinker {

    /** The linked mentor id, or null with the reason. */
    record Link(String mnId, String reason) {}

    private final Map<String, List<String>> byPhone = new HashMap<>();
    private final Map<String, List<String>> byEmail = new HashMap<>();

    MentorLinker(Map<String, Signup> mentorsById) {
        mentorsById.forEach((mnId, signup) -> {
            if (signup.phone() != null) {
                byPhone.computeIfAbsent(signup.phone(), phone -> new ArrayList<>())
                        .add(mnId);
            }
            signup.emails()
                    .forEach(email -> byEmail.computeIfAbsent(email, e -> new ArrayList<>())
                            .add(mnId));
        });
    }

    Link find(String rawPhone, String rawEmail) {
        String phone = PhoneNumbers.toE164(rawPhone).orElse(null);
        String email = EmailAddresses.clean(rawEmail);
        List<String> onPhone = phone == null ? List.of() : byPhone.getOrDefault(phone, List.of());
        List<String> onEmail = email == null ? List.of() : byEmail.getOrDefault(email, List.of());
        if (onPhone.size() == 1) {
            return new Link(onPhone.getFirst(), null);
        }
        if (onPhone.size() > 1) {
            Set<String> both = new LinkedHashSet<>(onPhone);
            both.retainAll(onEmail);
            return both.size() == 1
                    ? new Link(both.iterator().next(), null)
                    : new Link(
                            null,
                            onPhone.size() + " mentors share the phone " + phone
                                    + " and the email does not tell them apart");
        }
        if (onEmail.size() == 1) {
            return new Link(onEmail.getFirst(), null);
        }
        if (onEmail.size() > 1) {
            return new Link(null, onEmail.size() + " mentors have the email " + email);
        }
        return new Link(
                null,
                "no mentor has the phone " + (phone == null ? describe(rawPhone) : phone) + " or the email "
                        + (email == null ? "(none)" : email));
    }

    private static String describe(String rawPhone) {
        return rawPhone == null || rawPhone.isBlank() ? "(none)" : "'" + rawPhone.trim() + "'";
    }
}
