/**
 * Seasons: "Start a new season" archives last season's mentors, tasks and form rows (its own season_* tables) so the
 * live tables start empty and mn_ids may repeat; past seasons stay readable and exportable.
 */
@ApplicationModule(allowedDependencies = {"base", "settings", "sync", "conflict", "mentor"})
package org.swab.mentorsync.season;

import org.springframework.modulith.ApplicationModule;
