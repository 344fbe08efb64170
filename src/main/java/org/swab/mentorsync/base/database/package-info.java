/** The database: the embedded PostgreSQL when no external server is set, repositories and queries made ready. */
package org.swab.mentorsync.base.database;
