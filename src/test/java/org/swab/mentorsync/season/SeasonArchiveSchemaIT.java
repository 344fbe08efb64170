package org.swab.mentorsync.season;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.support.IntegrationTest;

/** A column added to a live table needs its archive column too (a new changeset), or the archive would drop it. */
@IntegrationTest
class SeasonArchiveSchemaIT {

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @EnumSource(SeasonTable.class)
    void every_archive_table_has_every_column_of_its_live_table_plus_the_season(SeasonTable table) {
        List<String> live = columns(table.liveTable());
        List<String> archive = columns(table.archiveTable());

        assertThat(live).isNotEmpty();
        assertThat(archive).containsAll(live).contains("season", "archived_at");
    }

    private List<String> columns(String table) {
        return jdbc.queryForList(
                "select column_name from information_schema.columns where table_schema = current_schema() "
                        + "and table_name = ? order by ordinal_position",
                String.class,
                table);
    }
}
