package org.onedoor.appeals.intel;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A matter many people raised: a representative title, where, from when to when, how many
 * messages from how many different citizens, how much support (点赞), and the messages.
 */
public record HotTopic(String title, String place, LocalDateTime from, LocalDateTime to, int size, int citizens,
		int supports, double heat, List<String> messageIds) {

	public HotTopic {
		messageIds = List.copyOf(messageIds);
	}

}
