package org.swab.mentorsync.season;

import java.io.OutputStream;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.swab.mentorsync.base.csv.SafeCsvWriter;
import org.swab.mentorsync.mentor.ArchivedRosters;
import org.swab.mentorsync.mentor.MentorRoster;

/** Export All Mentors for an archived season: its active mentors and tasks in the live export's columns. */
@Component
@Transactional(readOnly = true)
class SeasonRosters implements ArchivedRosters {

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;

    SeasonRosters(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(1000);
    }

    @Override
    public List<String> seasons() {
        return jdbc.queryForList("select label from seasons order by archived_at desc, label desc", String.class);
    }

    @Override
    public void write(String season, OutputStream out) {
        if (!Boolean.TRUE.equals(
                jdbc.queryForObject("select exists (select 1 from seasons where label = ?)", Boolean.class, season))) {
            throw new UnknownSeasonException(season);
        }
        try (SafeCsvWriter csv = new SafeCsvWriter(out)) {
            streaming.query(
                    "select "
                            + MentorRoster.selectList(
                                    "case when m.gb_contact_id is null then 'no_contact_id' else 'linked' end")
                            + " from season_mentors m left join season_mn_tasks t on t.season = m.season "
                            + "and t.mn_id = m.mn_id where m.season = ? and not m.dropped order by m.mn_id",
                    rows -> {
                        MentorRoster.write(rows, csv);
                        return null;
                    },
                    season);
        }
    }
}
