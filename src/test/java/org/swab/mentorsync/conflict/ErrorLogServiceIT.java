package org.swab.mentorsync.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.IntegrationTest;

@IntegrationTest
class ErrorLogServiceIT {

    @Autowired
    ErrorLogService errorLog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    @BeforeEach
    void cleanDatabase() {
        cleaner.clean();
    }

    @Test
    void the_same_cause_logged_twice_is_one_row() {
        assertThat(errorLog.record(shared("+15551234567", List.of("1001", "1002"))))
                .isTrue();
        assertThat(errorLog.record(shared("+15551234567", List.of("1001", "1002"))))
                .isFalse();

        assertThat(jdbc.queryForObject("select count(*) from mn_errors", Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select version from mn_errors", Long.class))
                .isZero();
    }

    @Test
    void a_resolved_cause_logged_again_unchanged_stays_resolved() {
        errorLog.record(shared("+15551234567", List.of("1001", "1002")));
        jdbc.update("update mn_errors set resolved = true, resolved_by = 'admin'");

        errorLog.record(shared("+15551234567", List.of("1001", "1002")));

        assertThat(jdbc.queryForMap("select resolved, resolved_by from mn_errors"))
                .containsEntry("resolved", true)
                .containsEntry("resolved_by", "admin");
    }

    @Test
    void a_resolved_cause_whose_situation_changed_opens_again() {
        errorLog.record(shared("+15551234567", List.of("1001", "1002")));
        jdbc.update("update mn_errors set resolved = true, resolved_by = 'admin'");

        errorLog.record(shared("+15551234567", List.of("1001", "1002", "1003")));

        assertThat(jdbc.queryForMap("select resolved, resolved_by, raw_data::text as data from mn_errors"))
                .containsEntry("resolved", false)
                .containsEntry("resolved_by", null)
                .extracting(row -> row.get("data"))
                .asString()
                .contains("1003");
    }

    @Test
    void causes_that_vanished_are_resolved_by_the_system_and_reopen_if_they_return() {
        errorLog.recordAll(List.of(shared("+15550000001", List.of("1")), shared("+15550000002", List.of("2"))));

        int resolved = errorLog.resolveVanished(ErrorType.SHARED_PHONE, "test", List.of("phone:+15550000001"));
        errorLog.record(shared("+15550000002", List.of("2")));

        assertThat(resolved).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from mn_errors where resolved", Long.class))
                .isZero();
    }

    @Test
    void only_the_given_type_and_source_are_resolved_when_causes_vanish() {
        errorLog.record(shared("+15550000001", List.of("1")));
        errorLog.record(ErrorReport.of(ErrorType.INVALID_PHONE, "x", Severity.WARNING, "bad")
                .sourceTable("other")
                .build());

        errorLog.resolveVanished(ErrorType.SHARED_PHONE, "elsewhere", List.of());
        errorLog.resolveVanished(ErrorType.INVALID_PHONE, "other", List.of("x"));

        assertThat(jdbc.queryForObject("select count(*) from mn_errors where resolved", Long.class))
                .isZero();
    }

    @Test
    void find_by_type_returns_open_and_resolved_rows() {
        errorLog.record(shared("+15550000001", List.of("1")));
        jdbc.update("update mn_errors set resolved = true");

        assertThat(errorLog.findByType(ErrorType.SHARED_PHONE))
                .singleElement()
                .satisfies(error -> assertThat(error.isResolved()).isTrue());
    }

    private static ErrorReport shared(String phone, List<String> mnIds) {
        return ErrorReport.of(
                        ErrorType.SHARED_PHONE,
                        "phone:" + phone,
                        Severity.WARNING,
                        "Mentors " + String.join(", ", mnIds) + " share phone " + phone)
                .phone(phone)
                .mnId(mnIds.getFirst())
                .sourceTable("test")
                .rawData(Map.of("phone", phone, "mn_ids", mnIds))
                .build();
    }
}
