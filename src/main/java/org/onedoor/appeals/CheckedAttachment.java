package org.onedoor.appeals;

/** A file whose type was decided by its content and that passed every limit: safe to store. */
record CheckedAttachment(String filename, String mediaType, byte[] bytes) {
}
