package org.swab.mentorsync.communication;

/**
 * Why no text campaign may be generated now (design edge case 4): no contacts CSV yet ({@code csv_missing}) or the
 * last one older than 24 hours ({@code csv_stale}); the message says what to do.
 */
public record CampaignBlock(String code, String message) {}
