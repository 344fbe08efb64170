/** The Communications page. */
package org.swab.mentorsync.communication.ui;
