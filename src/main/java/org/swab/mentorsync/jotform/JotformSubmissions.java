package org.swab.mentorsync.jotform;

import java.util.List;

/** Every submission of a form, the pages it took, and Jotform's remaining daily call budget ({@code limit-left}). */
public record JotformSubmissions(List<JotformSubmission> submissions, int pages, Integer limitLeft) {}
