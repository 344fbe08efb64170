package org.swab.mentorsync.demo;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swab.mentorsync.mentor.PhoneNumbers;

/** The simulators' JSON in the vendors' shapes (external-apis.md and ../shared/fixtures), as ordered maps. */
final class DemoJson {

    private static final DateTimeFormatter GIVEBUTTER_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(java.time.ZoneOffset.UTC);

    private DemoJson() {}

    /** {@code GET /contacts/{id}}: the bare contact object. */
    static Map<String, Object> contact(DemoContact c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id);
        json.put("external_id", c.externalId);
        json.put("contact_since", c.contactSince);
        json.put("type", "individual");
        json.put("prefix", c.prefix);
        json.put("first_name", c.firstName);
        json.put("preferred_name", c.preferredName);
        json.put("middle_name", c.middleName);
        json.put("last_name", c.lastName);
        json.put("suffix", null);
        json.put("gender", c.gender);
        json.put("pronouns", null);
        json.put("dob", null);
        json.put("company", null);
        json.put("employer", null);
        json.put("title", null);
        json.put("website_url", null);
        json.put("twitter_url", null);
        json.put("linkedin_url", null);
        json.put("facebook_url", null);
        json.put("tiktok_url", null);
        List<Map<String, Object>> emails = new ArrayList<>();
        for (String email : c.emails()) {
            emails.add(entry(email.endsWith("@uga.edu") ? "work" : "personal", email));
        }
        json.put("emails", emails);
        List<Map<String, Object>> phones = new ArrayList<>();
        for (String phone : c.phones()) {
            phones.add(entry("cell", e164(phone)));
        }
        json.put("phones", phones);
        json.put("primary_email", c.primaryEmail);
        json.put("primary_phone", c.primaryPhone == null ? null : e164(c.primaryPhone));
        json.put("note", c.notes);
        json.put("addresses", List.of());
        json.put("primary_address", null);
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("total_contributions", c.totalContributions == null ? 0 : Double.parseDouble(c.totalContributions));
        stats.put("recurring_contributions", 0);
        json.put("stats", stats);
        json.put("tags", List.copyOf(c.tags));
        List<Map<String, Object>> customFields = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, String> field : c.customFields.entrySet()) {
            Map<String, Object> custom = new LinkedHashMap<>();
            custom.put("id", 900 + index);
            custom.put("field_id", 55 + index);
            custom.put("name", field.getKey());
            custom.put("value", field.getValue());
            customFields.add(custom);
            index++;
        }
        json.put("custom_fields", customFields);
        json.put("is_email_subscribed", c.emailSubscribed);
        json.put("is_phone_subscribed", c.phoneSubscribed);
        json.put("is_address_subscribed", false);
        json.put("archived_at", c.archivedAt == null ? null : givebutterTime(c.archivedAt));
        json.put("created_at", givebutterTime(c.createdAt));
        json.put("updated_at", givebutterTime(c.updatedAt));
        return json;
    }

    static Map<String, Object> member(DemoMember m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", m.idAsString() ? String.valueOf(m.id()) : m.id());
        json.put("first_name", m.first());
        json.put("last_name", m.last());
        json.put("display_name", m.first() + " " + m.last());
        json.put("email", m.email());
        json.put("phone", m.phone());
        json.put("picture", null);
        json.put("raised", m.raised());
        json.put("goal", m.goal());
        json.put("donors", m.donors());
        json.put("items", 0);
        json.put(
                "url",
                "https://givebutter.com/" + DemoPopulation.CAMPAIGN_CODE + "/"
                        + m.first().toLowerCase(java.util.Locale.ROOT) + m.id());
        json.put("created_at", m.createdAt());
        json.put("updated_at", m.updatedAt());
        return json;
    }

    static Map<String, Object> campaign(long id, String code, String title, long raised) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("code", code);
        json.put("account_id", 1204);
        json.put("event_id", null);
        json.put("type", "collect");
        json.put("title", title);
        json.put("subtitle", null);
        json.put("description", null);
        json.put("slug", code.toLowerCase(java.util.Locale.ROOT));
        json.put("url", "https://givebutter.com/" + code.toLowerCase(java.util.Locale.ROOT));
        json.put("goal", 50000);
        json.put("raised", raised);
        json.put("donors", 210);
        json.put("currency", "USD");
        json.put("status", "active");
        json.put("timezone", "America/New_York");
        json.put("end_at", null);
        json.put("created_at", "2026-08-01T00:00:00.000000Z");
        json.put("updated_at", "2026-10-14T12:00:00.000000Z");
        return json;
    }

    /** A Jotform submission of the signup form, question ids and names as the real form has them. */
    static Map<String, Object> signup(DemoSignup s) {
        Map<String, Object> submission = submission(s.submissionId(), DemoPopulation.SIGNUP_FORM_ID, s.createdAt());
        Map<String, Object> answers = new LinkedHashMap<>();
        Map<String, Object> name = new LinkedHashMap<>();
        name.put("prefix", s.preferredName());
        name.put("first", s.first());
        name.put("middle", s.middle());
        name.put("last", s.last());
        name.put("suffix", "");
        question(answers, "3", "fullName", "Full Name", "control_fullname", name)
                .put("prettyFormat", s.first() + " " + s.last());
        Map<String, Object> phone = new LinkedHashMap<>();
        if (s.oldPhoneShape()) {
            phone.put("area", s.phoneDigits().substring(0, 3));
            phone.put("phone", s.phoneDigits().substring(3));
        } else {
            phone.put("full", s.phone());
        }
        question(answers, "4", "mnPhone", "Phone", "control_phone", phone).put("prettyFormat", s.phone());
        question(answers, "5", "ugaEmail", "UGA Email", "control_email", s.ugaEmail());
        question(answers, "6", "personalEmail", "Personal Email", "control_email", s.personalEmail());
        question(answers, "7", "mnid", "Mentor ID", "control_textbox", s.mnId());
        question(answers, "8", "ugaClass", "Class", "control_dropdown", s.ugaClass());
        question(answers, "9", "shirtSize", "Shirt", "control_dropdown", s.shirtSize());
        question(answers, "10", "gender", "Gender", "control_radio", s.gender());
        question(answers, "11", "shiftPreference", "Shift", "control_dropdown", s.shiftPreference());
        question(answers, "12", "partnerPreference", "Partner", "control_textbox", s.partnerPreference());
        question(answers, "13", "notes", "Anything else?", "control_textarea", null);
        submission.put("answers", answers);
        return submission;
    }

    static Map<String, Object> setup(DemoSetup s) {
        Map<String, Object> submission = submission(s.submissionId(), DemoPopulation.SETUP_FORM_ID, s.createdAt());
        Map<String, Object> answers = new LinkedHashMap<>();
        question(answers, "1", "phoneNumber", "Phone", "control_phone", Map.of("full", s.phone()));
        question(answers, "2", "email", "Email", "control_email", s.email());
        submission.put("answers", answers);
        return submission;
    }

    /** GET /form/{id}/questions of the two forms. */
    static Map<String, Object> questions(String formId) {
        Map<String, Object> content = new LinkedHashMap<>();
        if (DemoPopulation.SIGNUP_FORM_ID.equals(formId)) {
            String[][] fields = {
                {"3", "fullName", "control_fullname"}, {"4", "mnPhone", "control_phone"},
                {"5", "ugaEmail", "control_email"}, {"6", "personalEmail", "control_email"},
                {"7", "mnid", "control_textbox"}, {"8", "ugaClass", "control_dropdown"},
                {"9", "shirtSize", "control_dropdown"}, {"10", "gender", "control_radio"},
                {"11", "shiftPreference", "control_dropdown"}, {"12", "partnerPreference", "control_textbox"},
                {"13", "notes", "control_textarea"}
            };
            for (String[] field : fields) {
                content.put(field[0], Map.of("qid", field[0], "name", field[1], "type", field[2]));
            }
        } else {
            content.put("1", Map.of("qid", "1", "name", "phoneNumber", "type", "control_phone"));
            content.put("2", Map.of("qid", "2", "name", "email", "type", "control_email"));
        }
        return content;
    }

    static String givebutterTime(Instant instant) {
        return GIVEBUTTER_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static Map<String, Object> submission(String id, String formId, String createdAt) {
        Map<String, Object> submission = new LinkedHashMap<>();
        submission.put("id", id);
        submission.put("form_id", formId);
        submission.put("ip", "10.0.0.1");
        submission.put("created_at", createdAt);
        submission.put("updated_at", createdAt);
        submission.put("status", "ACTIVE");
        submission.put("new", "0");
        submission.put("flag", "0");
        submission.put("notes", "");
        return submission;
    }

    private static Map<String, Object> question(
            Map<String, Object> answers, String qid, String name, String text, String type, Object answer) {
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("name", name);
        question.put("order", String.valueOf(answers.size() + 1));
        question.put("text", text);
        question.put("type", type);
        // Jotform leaves "answer" out of a question nobody answered
        if (answer != null) {
            question.put("answer", answer);
        }
        answers.put(qid, question);
        return question;
    }

    private static Map<String, Object> entry(String type, String value) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("type", type);
        entry.put("value", value);
        return entry;
    }

    private static String e164(String phone) {
        return PhoneNumbers.toE164(phone).orElse(phone);
    }
}
