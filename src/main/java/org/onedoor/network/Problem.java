package org.onedoor.network;

/** One thing wrong with a point's details: the field, a bundle key and its arguments. */
record Problem(String field, String key, Object... args) {
}
