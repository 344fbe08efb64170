package org.swab.mentorsync.export;

/** A generated Givebutter contact import: the CSV bytes, its file name and how many contacts it holds. */
public record GivebutterImportFile(String filename, byte[] content, int contacts) {}
