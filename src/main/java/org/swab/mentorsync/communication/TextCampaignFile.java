package org.swab.mentorsync.communication;

/** A past campaign's file exactly as it was downloaded. */
public record TextCampaignFile(String filename, byte[] content) {}
