package org.onedoor.network;

import org.onedoor.directory.DivisionLevel;

/** What a point is called follows from where it sits in the division tree. */
public enum PointKind {

	/** 政务服务中心: province, city and county. */
	CENTRE,
	/** 便民服务中心: township (乡镇、街道). */
	HUB,
	/** 便民服务站: village or residents' community (村、社区). */
	STATION;

	static PointKind at(DivisionLevel level) {
		return switch (level) {
			case PROVINCE, CITY, COUNTY -> CENTRE;
			case TOWNSHIP -> HUB;
			case VILLAGE -> STATION;
		};
	}

}
