/** The contacts upload dialog (the setup wizard opens it too) and its button on the Mentors page. */
@NamedInterface("ui")
package org.swab.mentorsync.importing.ui;

import org.springframework.modulith.NamedInterface;
