package org.swab.mentorsync.jotform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.swab.mentorsync.sync.fake.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AnswerReaderTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    final AnswerReader reader = new AnswerReader(new JotformProperties.SignupFieldNames(
            "fullName",
            "mnPhone",
            "ugaEmail",
            "personalEmail",
            "mnid",
            "ugaClass",
            "shirtSize",
            "gender",
            "shiftPreference",
            "partnerPreference"));

    static List<JotformSubmission> fixture(String name) {
        JsonNode envelope = JSON.readTree(Fixtures.read(name));
        return JotformJson.content(envelope).stream()
                .map(JotformJson::submission)
                .toList();
    }

    @Test
    void the_signup_fixture_reads_by_field_name_with_the_preferred_name_in_the_prefix_slot() {
        SignupAnswers grace =
                reader.signup(fixture("jotform-signup-submissions.json").get(0));

        assertThat(grace.prefix()).isEqualTo("Liz");
        assertThat(grace.firstName()).isEqualTo("Grace");
        assertThat(grace.lastName()).isEqualTo("Lopez");
        assertThat(grace.middleName()).isNull();
        assertThat(grace.phone()).isEqualTo("+1 678 725 1636");
        assertThat(grace.ugaEmail()).isEqualTo("glopez72191@uga.edu");
        assertThat(grace.personalEmail()).isEqualTo("grace.lopez50643@gmail.com");
        assertThat(grace.mnIdAnswer()).isEqualTo("MN1418");
        assertThat(grace.shiftPreference()).isEqualTo("Option 2");
        assertThat(grace.partnerPreference()).isEqualTo("5");
    }

    @Test
    void the_old_area_and_phone_answer_is_joined_and_an_unanswered_mnid_is_null() {
        List<JotformSubmission> submissions = fixture("jotform-signup-submissions.json");

        assertThat(reader.signup(submissions.get(1)).phone()).isEqualTo("4048639171");
        assertThat(reader.signup(submissions.get(2)).mnIdAnswer()).isNull();
    }

    @Test
    void the_setup_form_gives_phone_and_email_by_type_or_name() {
        SetupAnswers setup =
                reader.setup(fixture("jotform-setup-submissions.json").get(0));

        assertThat(setup.phone()).isEqualTo("404-813-2929");
        assertThat(setup.email()).isEqualTo("jthomas32919@uga.edu");
        assertThat(setup.fullName()).isNull();
    }

    @Test
    void field_names_come_from_configuration() {
        AnswerReader renamed = new AnswerReader(new JotformProperties.SignupFieldNames(
                "fullName",
                "mnPhone",
                "ugaEmail",
                "personalEmail",
                "ugaClass",
                "ugaClass",
                "shirtSize",
                "gender",
                "shiftPreference",
                "partnerPreference"));

        assertThat(renamed.signup(fixture("jotform-signup-submissions.json").get(0))
                        .mnIdAnswer())
                .isEqualTo("Freshman");
    }
}
