/** The Settings page. */
package org.swab.mentorsync.settings.ui;
