/** "Generate contact import" on the Mentors page and in the setup wizard. */
@NamedInterface("ui")
package org.swab.mentorsync.export.ui;

import org.springframework.modulith.NamedInterface;
