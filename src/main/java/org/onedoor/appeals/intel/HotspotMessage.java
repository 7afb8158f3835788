package org.onedoor.appeals.intel;

import java.time.LocalDateTime;

/** One message of a hot-topic input: a board message, or an appeal exported from OneDoor. */
public record HotspotMessage(String id, String user, String title, String content, LocalDateTime at, int supports) {
}
