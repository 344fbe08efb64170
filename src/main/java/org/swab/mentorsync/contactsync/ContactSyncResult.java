package org.swab.mentorsync.contactsync;

/** What a contact sync did: linked contacts, synced, failed, found deleted in Givebutter, and a one-line summary. */
public record ContactSyncResult(int contacts, int synced, int failed, int deleted, String message) {}
