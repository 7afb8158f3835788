package org.onedoor.network;

import java.util.Map;

import org.onedoor.directory.Division;

/** One demo point as a line of PostgreSQL COPY text: realistic name, address, phone and hours per level. */
final class DemoPointRow {

	/** Where each city's centre stands, roughly (WGS-84); lower levels are left unsurveyed. */
	private static final Map<String, String> CITY_CENTRES = Map.of("5200", "26.647000\t106.630000", "5201",
			"26.646000\t106.628000", "5202", "26.593000\t104.830000", "5203", "27.725000\t106.927000", "5204",
			"26.254000\t105.947000", "5205", "27.302000\t105.285000", "5206", "27.718000\t109.191000", "5223",
			"25.088000\t104.897000", "5226", "26.583000\t107.977000", "5227", "26.258000\t107.517000");

	/** Telephone area codes; 遵义 and 安顺 joined 贵阳's 0851 in 2015. */
	private static final Map<String, String> AREA_CODES = Map.of("5201", "0851", "5202", "0858", "5203", "0851",
			"5204", "0851", "5205", "0857", "5206", "0856", "5223", "0859", "5226", "0855", "5227", "0854");

	/** Addresses the demo catalogue's guides already name, so guide and network agree. */
	private static final Map<String, String> KNOWN_ADDRESSES = Map.of("520000000000", "贵州省贵阳市观山湖区长岭北路6号",
			"520100000000", "贵州省贵阳市观山湖区市民中心", "520123000000", "贵州省贵阳市修文县龙场街道阳明大道");

	private DemoPointRow() {
	}

	static String of(Division d, String unitCode) {
		double h = DemoNetworkPlan.hash(d.code() + "#");
		String name;
		String address;
		String hours;
		int terminals;
		String coordinates = "\\N\t\\N";
		switch (d.level()) {
			case PROVINCE, CITY -> {
				name = d.name() + "政务服务中心";
				address = d.fullName() + "市民中心政务服务大厅";
				hours = d.level().name().equals("PROVINCE") ? "1-5 09:00-12:00,13:00-17:00" : "1-5 09:00-17:00; 6 09:00-12:00";
				terminals = d.level().name().equals("PROVINCE") ? 20 : 12;
				coordinates = CITY_CENTRES.getOrDefault(d.code().substring(0, 4), coordinates);
			}
			case COUNTY -> {
				name = d.name() + "政务服务中心";
				address = d.fullName() + "政务服务大厅";
				hours = "1-5 09:00-12:00,13:30-17:30; 6 09:00-12:00";
				terminals = 6 + (int) (h * 5);
			}
			case TOWNSHIP -> {
				name = d.name() + "便民服务中心";
				address = d.fullName() + (d.name().endsWith("街道") ? "办事处一楼" : "人民政府一楼");
				hours = "1-5 08:30-12:00,14:00-17:30";
				terminals = 1 + (int) (h * 3);
			}
			default -> {
				name = d.name() + "便民服务站";
				address = d.fullName() + (d.name().endsWith("社区") ? "服务中心一楼" : "村委会一楼");
				hours = h < 0.3 ? "1-5 09:00-12:00,14:00-17:00; 6-7 09:00-12:00" : "1-5 09:00-12:00,14:00-17:00";
				terminals = h < 0.4 ? 1 : 0;
			}
		}
		address = KNOWN_ADDRESSES.getOrDefault(d.code(), address);
		String phone = AREA_CODES.getOrDefault(d.code().substring(0, 4), "0851") + "-"
				+ (80_000_000 + (long) (h * 9_999_999));
		return String.join("\t", name, PointKind.at(d.level()).name(), d.level().name(), d.code(), d.fullName(),
				unitCode == null ? "\\N" : unitCode, address, coordinates, phone, hours, Integer.toString(terminals), "t");
	}

}
