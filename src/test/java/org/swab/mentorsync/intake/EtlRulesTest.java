package org.swab.mentorsync.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.swab.mentorsync.mentor.MentorStatus;
import org.swab.mentorsync.mentor.PhoneNumbers;

class EtlRulesTest {

    @ParameterizedTest(name = "mnid \"{0}\" gives \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            MN0572    | 0572
            ' 1234 '  | 1234
            mn-00 12  | 0012
            1418      | 1418
            MN        | NULL
            ''        | NULL
            NULL      | NULL
            """)
    void mentor_id_is_the_text_of_the_digits_of_the_answer(String answer, String expected) {
        assertThat(MentorIds.digits(answer).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            (706) 555-0134     | +17065550134
            +1 678 725 1636    | +16787251636
            4048639171         | +14048639171
            706.693.7921       | +17066937921
            +1 (678) 820-2672  | +16788202672
            19122137687        | +19122137687
            +44 20 7946 0958   | +442079460958
            n/a                | NULL
            123                | NULL
            ''                 | NULL
            NULL               | NULL
            """)
    void phones_become_e164_with_us_as_default_region_and_junk_is_rejected(String raw, String expected) {
        assertThat(PhoneNumbers.toE164(raw).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "prefix \"{0}\", first \"{1}\" → {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Liz   | Elizabeth | Smith | Liz
            ''    | Emma      | Lopez | Emma
            NULL  | Emma      | Lopez | Emma
            '  '  | ' Mia '   | Smith | Mia
            NULL  | NULL      | Smith | Smith
            NULL  | NULL      | NULL  | Mentor
            """)
    void preferred_name_is_the_prefix_else_the_first_name_and_never_empty(
            String prefix, String first, String last, String expected) {
        assertThat(Names.preferred(prefix, first, last)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "setup={0} member={1} fundraised={2} trained={3} → {4}")
    @CsvSource(textBlock = """
            false, false, false, false, NEEDS_SETUP
            false, false, false, true,  NEEDS_SETUP
            true,  false, false, false, NEEDS_PAGE
            true,  true,  false, false, NEEDS_FUNDRAISING
            false, true,  false, true,  NEEDS_FUNDRAISING
            true,  true,  true,  false, NEEDS_TRAINING
            false, true,  true,  false, NEEDS_TRAINING
            true,  true,  true,  true,  COMPLETE
            false, true,  true,  true,  COMPLETE
            """)
    void status_follows_complete_then_training_then_fundraising_then_page_then_setup(
            boolean setup, boolean member, boolean fundraised, boolean trained, MentorStatus expected) {
        assertThat(MentorStatus.of(setup, member, fundraised, trained)).isEqualTo(expected);
    }
}
