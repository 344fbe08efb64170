package org.swab.mentorsync.contactsync;

import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Givebutter contact requests of the last window, shared by every app instance through PostgreSQL: a contact
 * sync on one node counts what another node sent a moment before. Times are the database's clock, the one clock all
 * nodes share, so a skewed node clock cannot stretch the window.
 */
@Component
class ContactRequestWindow {

    private final JdbcTemplate jdbc;

    ContactRequestWindow(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How long ago each request of the last {@code window} went out; older rows are deleted. */
    List<Duration> recentRequestAges(Duration window) {
        jdbc.update(
                "delete from givebutter_contact_requests where sent_at < clock_timestamp() - ? * interval '1 ms'",
                window.toMillis());
        return jdbc
                .queryForList(
                        "select (extract(epoch from clock_timestamp() - sent_at) * 1000000)::bigint"
                                + " from givebutter_contact_requests",
                        Long.class)
                .stream()
                .map(micros -> Duration.ofNanos(Math.max(0, micros) * 1000))
                .toList();
    }

    /** Notes one request going out now. */
    void recordRequest() {
        jdbc.update("insert into givebutter_contact_requests (sent_at) values (clock_timestamp())");
    }
}
