package org.swab.mentorsync.sync.fake;

/** A setup-form submission: phone and email only, as the real form. */
public record FakeSetup(String submissionId, String createdAt, String phone, String email) {}
