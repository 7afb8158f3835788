package org.onedoor.appeals;

/** A file as a person sent it, before anything about it is believed. */
record AttachmentUpload(String originalName, byte[] bytes) {
}
