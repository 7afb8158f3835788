package org.onedoor.appeals.intel;

/**
 * Why two appeals look like the same matter, in words a dispatcher can check: the phrases they
 * share, how far apart they are, that the same person called.
 *
 * @param detail the shared phrases, the distance in metres, the division code — by kind
 */
public record DuplicateReason(Kind kind, String detail) {

	public enum Kind {

		SHARED_PHRASES, SIMILAR_TEXT, SAME_DIVISION, NEAR_DIVISION, SIMILAR_ADDRESS, DISTANCE, SAME_CALLER

	}

}
