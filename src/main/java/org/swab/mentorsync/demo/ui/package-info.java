/** Demo mode's panel on the Settings and Communications pages: Givebutter's export and import, by hand. */
package org.swab.mentorsync.demo.ui;
