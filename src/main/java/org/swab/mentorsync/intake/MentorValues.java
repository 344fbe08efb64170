package org.swab.mentorsync.intake;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.swab.mentorsync.mentor.EmailAddresses;

/** The values templates and custom-field sources can name, for one mentor. Booleans read "Yes"/"No". */
final class MentorValues {

    private MentorValues() {}

    static Map<String, String> of(PlannedMentor mentor, BigDecimal goal, int year) {
        SignupRow s = mentor.signup();
        Map<String, String> values = new HashMap<>();
        mentorField(values, "mn_id", mentor.mnId());
        mentorField(values, "first_name", s.answers().firstName());
        mentorField(values, "middle_name", s.answers().middleName());
        mentorField(values, "last_name", s.answers().lastName());
        mentorField(values, "preferred_name", mentor.preferredName());
        mentorField(values, "full_name", mentor.fullName());
        mentorField(values, "phone", mentor.phone());
        mentorField(values, "personal_email", EmailAddresses.clean(s.answers().personalEmail()));
        mentorField(values, "uga_email", EmailAddresses.clean(s.answers().ugaEmail()));
        mentorField(values, "gender", s.answers().gender());
        mentorField(values, "shirt_size", s.answers().shirtSize());
        mentorField(values, "uga_class", s.answers().ugaClass());
        mentorField(values, "shift_preference", s.answers().shiftPreference());
        mentorField(values, "partner_preference", s.answers().partnerPreference());
        mentorField(values, "status_category", mentor.status().code());
        mentorField(values, "status_label", mentor.status().label());
        mentorField(values, "status_text", mentor.statusText());
        taskField(values, "signup_done", yesNo(true));
        taskField(values, "setup_done", yesNo(mentor.setupDone()));
        taskField(values, "campaign_member", yesNo(mentor.campaignMember()));
        taskField(values, "amount_raised", amount(mentor.amountRaised()));
        taskField(values, "fundraised_done", yesNo(mentor.fundraised()));
        taskField(values, "training_done", yesNo(mentor.trained()));
        BigDecimal remaining = goal.subtract(mentor.amountRaised()).max(BigDecimal.ZERO);
        values.put("amount_raised_usd", "$" + amount(mentor.amountRaised()));
        values.put("goal", amount(goal));
        values.put("goal_usd", "$" + amount(goal));
        values.put("remaining", amount(remaining));
        values.put("remaining_usd", "$" + amount(remaining));
        values.put("year", String.valueOf(year));
        values.put("yy", String.format("%02d", year % 100));
        return values;
    }

    /** "50" for whole dollars, "12.50" otherwise. */
    static String amount(BigDecimal value) {
        BigDecimal scaled = value.setScale(2, RoundingMode.HALF_UP);
        return scaled.stripTrailingZeros().scale() <= 0
                ? scaled.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                : scaled.toPlainString();
    }

    private static void mentorField(Map<String, String> values, String name, String value) {
        values.put(name, value);
        values.put("mentor." + name, value);
    }

    private static void taskField(Map<String, String> values, String name, String value) {
        values.put(name, value);
        values.put("tasks." + name, value);
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }
}
