/** REST for the settings: GET/POST /api/sync/config, test-keys and discovery. */
package org.swab.mentorsync.settings.web;
