package org.swab.mentorsync.jotform;

/** A form of the account, from GET /user/forms. */
public record JotformForm(String id, String title, String status, int count, String createdAt, String updatedAt) {}
