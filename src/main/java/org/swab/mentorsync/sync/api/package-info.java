/** The sync's REST API for scripts: /api/sync/config (JSON, snake_case) and /api/sync/run (Server-Sent Events). */
package org.swab.mentorsync.sync.api;
