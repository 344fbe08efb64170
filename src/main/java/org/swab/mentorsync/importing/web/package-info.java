/** The contacts upload's REST endpoints under /api/sync/features (HTTP Basic, JSON in snake_case). */
package org.swab.mentorsync.importing.web;
