/**
 * Plumbing shared by every feature: database, security, clock, HTTP calls to the vendors, the app shell. Uses no
 * feature; open, so its sub-packages (http, crypto, ui, ...) are usable everywhere.
 */
@ApplicationModule(
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package org.swab.mentorsync.base;

import org.springframework.modulith.ApplicationModule;
