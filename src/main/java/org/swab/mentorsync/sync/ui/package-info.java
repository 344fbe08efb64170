/** The Sync page: runs, schedule and history. */
package org.swab.mentorsync.sync.ui;
