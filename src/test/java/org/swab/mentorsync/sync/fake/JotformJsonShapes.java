package org.swab.mentorsync.sync.fake;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds Jotform JSON exactly in the shape of ../shared/fixtures/jotform-*-submissions.json. */
public final class JotformJsonShapes {

    static final JsonMapper JSON = JsonMapper.builder().build();
    public static final String SIGNUP_FORM = "250685983663169";
    public static final String SETUP_FORM = "250754977634066";

    private JotformJsonShapes() {}

    public static ObjectNode signup(FakeSignup s) {
        ObjectNode submission = header(s.submissionId(), SIGNUP_FORM, s.createdAt(), s.status());
        ObjectNode answers = submission.putObject("answers");
        ObjectNode name = question(answers, "3", "fullName", "1", "Full Name", "control_fullname");
        ObjectNode parts = name.putObject("answer");
        parts.put("prefix", s.prefix())
                .put("first", s.first())
                .put("middle", s.middle())
                .put("last", s.last())
                .put("suffix", "");
        name.put("prettyFormat", s.first() + " " + s.last());
        ObjectNode phone = question(answers, "4", "mnPhone", "2", "Phone", "control_phone");
        if (s.oldPhoneShape()
                && s.phone() != null
                && s.phone().replaceAll("\\D", "").length() == 10) {
            String digits = s.phone().replaceAll("\\D", "");
            phone.putObject("answer").put("area", digits.substring(0, 3)).put("phone", digits.substring(3));
        } else {
            phone.putObject("answer").put("full", s.phone());
        }
        phone.put("prettyFormat", s.phone());
        question(answers, "5", "ugaEmail", "3", "UGA Email", "control_email").put("answer", s.ugaEmail());
        question(answers, "6", "personalEmail", "4", "Personal Email", "control_email")
                .put("answer", s.personalEmail());
        if (s.mnid() != null) {
            question(answers, "7", "mnid", "5", "Mentor ID", "control_textbox").put("answer", s.mnid());
        }
        question(answers, "8", "ugaClass", "6", "Class", "control_dropdown").put("answer", s.ugaClass());
        question(answers, "9", "shirtSize", "7", "Shirt", "control_dropdown").put("answer", "L");
        question(answers, "10", "gender", "8", "Gender", "control_radio").put("answer", "Female");
        question(answers, "11", "shiftPreference", "9", "Shift", "control_dropdown")
                .put("answer", "Option 2");
        question(answers, "12", "partnerPreference", "10", "Partner", "control_textbox")
                .put("answer", "5");
        question(answers, "13", "notes", "11", "Anything else?", "control_textarea");
        return submission;
    }

    public static ObjectNode setup(FakeSetup s) {
        ObjectNode submission = header(s.submissionId(), SETUP_FORM, s.createdAt(), "ACTIVE");
        ObjectNode answers = submission.putObject("answers");
        question(answers, "1", "phoneNumber", "1", "Phone", "control_phone")
                .putObject("answer")
                .put("full", s.phone());
        question(answers, "2", "email", "2", "Email", "control_email").put("answer", s.email());
        return submission;
    }

    /** One page of GET /form/{id}/submissions. */
    public static ObjectNode page(List<ObjectNode> submissions, int offset, int limit) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("responseCode", 200).put("message", "success");
        ArrayNode content = envelope.putArray("content");
        submissions.forEach(content::add);
        envelope.put("duration", "18ms").put("limit-left", 9978);
        envelope.putObject("resultSet")
                .put("offset", offset)
                .put("limit", limit)
                .put("orderby", "created_at")
                .put("count", submissions.size());
        return envelope;
    }

    private static ObjectNode header(String id, String formId, String createdAt, String status) {
        ObjectNode submission = JSON.createObjectNode();
        submission
                .put("id", id)
                .put("form_id", formId)
                .put("ip", "10.0.0.1")
                .put("created_at", createdAt)
                .put("updated_at", createdAt)
                .put("status", status)
                .put("new", "0")
                .put("flag", "0")
                .put("notes", "");
        return submission;
    }

    private static ObjectNode question(
            ObjectNode answers, String qid, String name, String order, String text, String type) {
        ObjectNode question = answers.putObject(qid);
        question.put("name", name).put("order", order).put("text", text).put("type", type);
        return question;
    }
}
