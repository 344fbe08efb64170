/** The contact sync: GET /contacts/{id} for every linked mentor → the contact mirror → reconcile against signups. */
package org.swab.mentorsync.contactsync;
