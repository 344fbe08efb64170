package org.swab.mentorsync.season;

import java.util.Map;

/** What "Start a new season" did: the season archived, the rows moved per table and the open errors it closed. */
public record NewSeason(String season, Map<SeasonTable, Integer> archived, int errorsClosed) {

    public int mentorsArchived() {
        return archived.getOrDefault(SeasonTable.MENTORS, 0);
    }
}
