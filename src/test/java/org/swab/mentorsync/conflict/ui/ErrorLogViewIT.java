package org.swab.mentorsync.conflict.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.ViewTest;

@ViewTest
class ErrorLogViewIT extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    @BeforeEach
    void threeLoggedCauses() {
        cleaner.clean();
        jdbc.update("""
                insert into mn_errors (mn_id, error_type, error_key, error_message, severity, resolved, updated_at)
                values ('1001', 'duplicate_gb_contact', 'phone:+15551234567',
                        '3 Givebutter contacts share phone +15551234567: 11111, 22222, 33333', 'warning', false,
                        now() - interval '1 hour'),
                       (null, 'multiple_mentors_one_contact', 'contact:15234567',
                        'Mentors 1001, 1002 both match contact 15234567', 'error', false, now()),
                       ('1003', 'invalid_phone', 'signup:9', 'Phone n/a could not be read', 'warning', true, now())
                """);
    }

    @Test
    void open_causes_are_listed_newest_first_with_their_message() {
        ErrorLogView view = navigate(ErrorLogView.class);

        assertThat(test(view.errors).size()).isEqualTo(2);
        assertThat(test(view.errors).getCellText(0, 2)).isEqualTo("Multiple mentors one contact");
        assertThat(test(view.errors).getCellText(1, 4)).contains("11111, 22222, 33333");
        assertThat(view.total.getText()).startsWith("2 logged causes");
    }

    @Test
    void filters_narrow_the_list_by_type_severity_and_state() {
        ErrorLogView view = navigate(ErrorLogView.class);

        test(view.severity).selectItem("Error");
        assertThat(test(view.errors).size()).isEqualTo(1);

        test(view.severity).selectItem(null);
        test(view.unresolvedOnly).click();
        test(view.type).selectItem("Invalid phone");
        assertThat(test(view.errors).size()).isEqualTo(1);
        assertThat(test(view.errors).getCellText(0, 5)).isEqualTo("resolved");
    }

    @Test
    void mark_resolved_closes_the_cause_and_records_who() {
        ErrorLogView view = navigate(ErrorLogView.class);

        Button markResolved = (Button) test(view.errors)
                .getCellComponent(0, 6)
                .getChildren()
                .filter(child ->
                        child instanceof Button button && button.getText().equals("Mark resolved"))
                .findFirst()
                .orElseThrow();
        test(markResolved).click();

        assertThat(jdbc.queryForMap("select resolved, resolved_by from mn_errors where error_key = 'contact:15234567'"))
                .containsEntry("resolved", true)
                .containsEntry("resolved_by", "admin");
        assertThat(test(view.errors).size()).isEqualTo(1);
    }
}
