package org.onedoor.appeals;

import java.util.List;

import org.onedoor.shared.DemoSeed;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A 派单目录 for the demo units of 贵阳市: city bureaus by default, district bureaus where they exist. */
@Component
class DispatchCatalogueDemoSeed implements DemoSeed {

	private static final String CITY = "5201";

	private static final String NANMING = "520102";

	private static final String XIUWEN = "520123";

	/** category code, division prefix, lead unit, co-units. */
	private static final List<String[]> ROWS = List.of(
			new String[] { "01", CITY, "GY-CGJ", "" },
			new String[] { "0102", NANMING, "NM-CGJ", "" },
			new String[] { "0110", CITY, "GY-ZJJ", "" },
			new String[] { "0110", NANMING, "NM-ZJJ", "" },
			new String[] { "0110", XIUWEN, "XW-ZJJ", "" },
			new String[] { "03", CITY, "GY-ZRZYJ", "" },
			new String[] { "03", XIUWEN, "XW-ZRZYJ", "" },
			new String[] { "04", CITY, "GY-STHJJ", "" },
			new String[] { "04", NANMING, "NM-STHJ", "NM-CGJ" },
			new String[] { "04", XIUWEN, "XW-STHJ", "" },
			new String[] { "06", CITY, "GY-JTJ", "" },
			new String[] { "11", CITY, "GY-SCJGJ", "" },
			new String[] { "11", NANMING, "NM-SCJGJ", "" },
			new String[] { "11", XIUWEN, "XW-SCJGJ", "" },
			new String[] { "12", CITY, "GY-WJW", "" },
			new String[] { "12", XIUWEN, "XW-WJJ", "" },
			new String[] { "14", CITY, "GY-JYJ", "" },
			new String[] { "14", NANMING, "NM-JYJ", "" },
			new String[] { "14", XIUWEN, "XW-JYJ", "" },
			new String[] { "15", CITY, "GY-RSJ", "" },
			new String[] { "15", NANMING, "NM-RSJ", "" },
			new String[] { "15", XIUWEN, "XW-RSJ", "" });

	private final JdbcClient jdbc;

	DispatchCatalogueDemoSeed(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "appeals-dispatch-catalogue";
	}

	@Override
	public int order() {
		return 320;
	}

	@Override
	public void seed() {
		for (String[] row : ROWS) {
			jdbc.sql("""
					insert into appeals.dispatch_catalogue(category_code, division_prefix, lead_unit_code, co_unit_codes)
					values (?, ?, ?, ?)""")
				.params((Object[]) row)
				.update();
		}
	}

}
