package org.swab.mentorsync.settings;

/**
 * API servers the app itself provides (demo mode's simulators): a bean only when such servers run, so the Settings
 * page and the wizard offer them without knowing who provides them.
 */
public interface BuiltInApiServers {

    /** How the button names them, e.g. "the demo servers". */
    String name();

    /** Settings pointing the app at them, keys included; accepted as they are by POST /api/sync/config. */
    SyncConfigRequest settings();
}
