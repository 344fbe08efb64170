/** The Settings page and the setup wizard. */
package org.swab.mentorsync.setup.ui;
