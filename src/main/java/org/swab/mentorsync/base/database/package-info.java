/** The embedded PostgreSQL that backs the app when no external server is configured. */
package org.swab.mentorsync.base.database;
