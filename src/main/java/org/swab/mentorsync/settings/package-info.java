/** System settings: the sync_config row (API keys encrypted, form ids, campaign, schedules), key tests, discovery. */
package org.swab.mentorsync.settings;
