package org.swab.mentorsync.jotform;

/** The setup form's few answers: found by name containing phone/email/name, or by control type. */
public record SetupAnswers(String fullName, String phone, String email) {}
