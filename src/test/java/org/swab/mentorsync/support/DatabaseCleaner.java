package org.swab.mentorsync.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Empties the app's data tables between tests; users, the schema and Quartz's tables stay. */
@Component
public class DatabaseCleaner {

    private final JdbcTemplate jdbc;

    DatabaseCleaner(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void clean() {
        jdbc.execute("""
                truncate mentor_field_overrides, mentor_field_changes, mn_contact_unlinks, mn_gb_import, raw_mn_gb_contacts, mn_tasks,
                         mentors, raw_gb_full_contacts, raw_mn_signups, raw_mn_funds_setup, raw_gb_campaign_members,
                         mn_errors, sync_log, csv_import_log, mn_id_placeholders, settings_changes, text_campaigns,
                         seasons, season_mentors, season_mn_tasks, season_mentor_field_changes, season_raw_mn_signups,
                         season_raw_mn_funds_setup, season_raw_gb_campaign_members, givebutter_contact_requests
                """);
        jdbc.update("""
                update sync_config set jotform_api_key = null, jotform_signup_form_id = null, jotform_api_key_last4 = null,
                       givebutter_api_key_last4 = null,
                       jotform_setup_form_id = null, givebutter_api_key = null, givebutter_campaign_code = null,
                       givebutter_campaign_id = null, automated_sync_enabled = false, sync_interval_hours = 6,
                       contact_sync_enabled = false, contact_sync_interval_hours = 24,
                       jotform_base_url = 'https://api.jotform.com',
                       givebutter_base_url = 'https://api.givebutter.com/v1', initialized_at = null,
                       initialized_by = null, setup_step = 1
                 where id = 1
                """);
    }

    public long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
