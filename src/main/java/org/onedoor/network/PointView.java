package org.onedoor.network;

import java.util.List;

/** A found point with its week spelled out for the page. */
record PointView(NearbyPoint found, List<OpeningHours.DayGroup> week) {

	static PointView of(NearbyPoint found) {
		return new PointView(found, OpeningHours.parse(found.point().hours()).groups());
	}

	static List<PointView> of(List<NearbyPoint> found) {
		return found.stream().map(PointView::of).toList();
	}

}
