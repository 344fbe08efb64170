/** "Generate contact import" on the Mentors page. */
package org.swab.mentorsync.export.ui;
