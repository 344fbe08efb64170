package org.swab.mentorsync.demo;

/** A Givebutter setup form submission: the phone and email a mentor gave when creating their page. */
record DemoSetup(String submissionId, String createdAt, String phone, String email) {}
