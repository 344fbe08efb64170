/** The contact sync: GET /contacts/{id} for every linked mentor → the contact mirror → reconcile against signups. */
@ApplicationModule(allowedDependencies = {"base", "mentor", "conflict", "givebutter"})
package org.swab.mentorsync.contactsync;

import org.springframework.modulith.ApplicationModule;
