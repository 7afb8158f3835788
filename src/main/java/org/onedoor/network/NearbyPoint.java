package org.onedoor.network;

/**
 * A point where the citizen can go for an item.
 *
 * @param distance steps up the division tree from the citizen's division (0 = the same division)
 * @param openNow whether it is open at this moment (working calendar and its hours)
 * @param mapLink a link that shows the point on a map, or {@code null} without coordinates
 */
public record NearbyPoint(ServicePoint point, int distance, boolean openNow, String mapLink) {
}
