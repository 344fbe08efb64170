package org.swab.mentorsync.matching;

import org.swab.mentorsync.mentor.EmailAddresses;
import org.swab.mentorsync.mentor.PhoneNumbers;

/**
 * What identifies one mentor when looking for its contact: its id (the contacts' external id), phone, personal and
 * UGA emails, and the email and phone of its Givebutter campaign member. Values are normalised on creation.
 */
public record MentorIdentity(
        String mnId, String phone, String personalEmail, String ugaEmail, String memberPhone, String memberEmail) {

    public MentorIdentity {
        phone = PhoneNumbers.toE164(phone).orElse(null);
        personalEmail = EmailAddresses.normalize(personalEmail).orElse(null);
        ugaEmail = EmailAddresses.normalize(ugaEmail).orElse(null);
        memberPhone = PhoneNumbers.toE164(memberPhone).orElse(null);
        memberEmail = EmailAddresses.normalize(memberEmail).orElse(null);
    }

    public static MentorIdentity of(String mnId, String phone, String personalEmail, String ugaEmail) {
        return new MentorIdentity(mnId, phone, personalEmail, ugaEmail, null, null);
    }
}
