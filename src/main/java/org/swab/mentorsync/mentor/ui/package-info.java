/** The Mentors page; other features add toolbar actions and open the details from here. */
@NamedInterface("ui")
package org.swab.mentorsync.mentor.ui;

import org.springframework.modulith.NamedInterface;
