package org.onedoor.network;

import java.math.BigDecimal;
import java.util.List;

import org.onedoor.directory.DivisionLevel;

/**
 * A service centre or point.
 *
 * @param divisionName the division's full name, e.g. 贵州省贵阳市南明区新华路街道
 * @param unitCode the directory unit running it, or {@code null}
 * @param latitude WGS-84, or {@code null} when not surveyed
 * @param hours opening hours as written, e.g. {@code 1-5 09:00-12:00,13:30-17:30; 6 09:00-12:00}
 * @param terminals self-service terminals (自助终端)
 * @param agentService whether it offers 帮办代办
 * @param items codes of the catalogue items it handles
 */
public record ServicePoint(long id, String name, PointKind kind, DivisionLevel level, String divisionCode,
		String divisionName, String unitCode, String address, BigDecimal latitude, BigDecimal longitude, String phone,
		String hours, int terminals, boolean agentService, boolean active, int version, List<String> items) {

	public ServicePoint {
		items = items == null ? List.of() : List.copyOf(items);
	}

	ServicePoint withItems(List<String> codes) {
		return new ServicePoint(id, name, kind, level, divisionCode, divisionName, unitCode, address, latitude, longitude,
				phone, hours, terminals, agentService, active, version, codes);
	}

}
