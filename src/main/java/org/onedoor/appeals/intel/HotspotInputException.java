package org.onedoor.appeals.intel;

/** A hot-topic input the command cannot use; the message is Chinese, then English. */
final class HotspotInputException extends RuntimeException {

	HotspotInputException(String chinese, String english) {
		super(chinese + " / " + english);
	}

}
