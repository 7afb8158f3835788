package org.onedoor.network;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which demo catalogue items each level of the network handles, by implementation code. Codes
 * are linked whether or not the catalogue publishes them yet: a point shows an unpublished one
 * as 待发布, and where-to-go finds it once it is published.
 */
final class DemoNetworkItems {

	/** Items by the level of the points that handle them. */
	static final Map<String, List<String>> BY_LEVEL = Map.of(
			"PROVINCE", List.of(),
			"CITY", List.of(),
			"COUNTY", List.of(),
			"TOWNSHIP", List.of(),
			"VILLAGE", List.of());

	private DemoNetworkItems() {
	}

	static void link(JdbcClient jdbc) {
		BY_LEVEL.forEach((level, codes) -> {
			if (!codes.isEmpty()) {
				// codes are the constants above, never input, so they may be written into the statement
				String values = codes.stream().map(c -> "('" + c.replace("'", "") + "')").collect(Collectors.joining(","));
				jdbc.sql("insert into network.point_item (point_id, item_code) select p.id, v.code from network.point p, (values "
						+ values + ") v(code) where p.level = ?")
					.param(level)
					.update();
			}
		});
	}

}
