/** The app shell and small UI pieces every view uses. */
package org.swab.mentorsync.base.ui;
