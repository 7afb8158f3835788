package org.onedoor.network;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

import org.onedoor.directory.Division;

/**
 * Which townships and villages get a point in the demo, so the demo has Guizhou's shape (about
 * 1,412 of 1,510 townships and 12,373 of 17,964 villages) with gaps where they really are: the
 * remote counties the province listed as deeply poor (深度贫困县) lose most, towns and urban
 * communities the least. Deterministic: a hash of each code, no randomness, so every fresh
 * database and every test sees the same network.
 */
final class DemoNetworkPlan {

	static final int TOWNSHIPS = 1_412;

	static final int VILLAGES = 12_373;

	/** 望谟, 册亨, 晴隆, 紫云, 纳雍, 威宁, 赫章, 沿河, 榕江, 从江, 正安, 水城, 雷山, 罗甸. */
	static final Set<String> REMOTE_COUNTIES = Set.of("522326", "522327", "522324", "520425", "520525", "520526",
			"520527", "520627", "522632", "522633", "520324", "520204", "522634", "522728");

	private DemoNetworkPlan() {
	}

	/** The {@code count} townships that get a 便民服务中心; those in {@code always} are always among them. */
	static List<Division> townships(List<Division> all, int count, Set<String> always) {
		return top(all, count, d -> score(d, always) + (d.name().endsWith("街道") ? 0.5 : 0)
				- (remote(d) ? 0.6 : 0));
	}

	/** The {@code count} villages that get a 便民服务站; a village of a covered township is likelier. */
	static List<Division> villages(List<Division> all, int count, Set<String> coveredTownships, Set<String> always) {
		return top(all, count, d -> score(d, always) + (d.name().endsWith("社区") ? 0.5 : 0) - (remote(d) ? 0.4 : 0)
				+ (coveredTownships.contains(d.parentCode()) ? 0.2 : -0.2));
	}

	static double hash(String code) {
		CRC32 crc = new CRC32();
		crc.update(code.getBytes(StandardCharsets.US_ASCII));
		return crc.getValue() / (double) (1L << 32);
	}

	private static double score(Division division, Set<String> always) {
		return hash(division.code()) + (always.contains(division.code()) ? 10 : 0);
	}

	private static boolean remote(Division division) {
		return REMOTE_COUNTIES.contains(division.code().substring(0, 6));
	}

	/** Scores each division once, then keeps the best {@code count}, in code order. */
	private static List<Division> top(List<Division> all, int count,
			java.util.function.ToDoubleFunction<Division> score) {
		record Scored(Division division, double score) {
		}
		return all.stream()
			.map(d -> new Scored(d, score.applyAsDouble(d)))
			.sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.division().code()))
			.limit(count)
			.map(Scored::division)
			.sorted(Comparator.comparing(Division::code))
			.toList();
	}

}
