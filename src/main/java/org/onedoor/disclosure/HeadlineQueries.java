package org.onedoor.disclosure;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.onedoor.appeals.Channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A year's headline figures from the maintained counts. */
@Component
class HeadlineQueries {

	static final List<String> ONLINE = Arrays.stream(Channel.values()).filter(Channel::online).map(Enum::name).toList();

	private final JdbcClient jdbc;

	HeadlineQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Headline headline(int year, LocalDate today) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
		double[] now = year(first, last);
		double[] before = year(first.minusYears(1), last.minusYears(1));
		return new Headline(year, (long) now[0], rate(now[1], now[2]), rate(now[3], now[4]), rate(now[5], now[0]),
				(long) before[0], rate(before[1], before[2]), rate(before[3], before[4]), rate(before[5], before[0]));
	}

	private static Double rate(double part, double whole) {
		return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
	}

	/** received, completed on time, completed, satisfied, rated, online received. */
	private double[] year(LocalDate first, LocalDate last) {
		double[] units = jdbc.sql("""
				select coalesce(sum(completed_on_time), 0), coalesce(sum(completed), 0), coalesce(sum(satisfied), 0),
				       coalesce(sum(rated), 0)
				from disclosure.unit_day where day between ? and ?""")
			.params(first, last)
			.query((rs, n) -> new double[] { rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4) })
			.single();
		double[] volume = jdbc.sql("""
				select coalesce(sum(received), 0), coalesce(sum(received) filter (where channel = any (?)), 0)
				from disclosure.channel_day where day between ? and ?""")
			.params(ONLINE.toArray(String[]::new), first, last)
			.query((rs, n) -> new double[] { rs.getDouble(1), rs.getDouble(2) })
			.single();
		return new double[] { volume[0], units[0], units[1], units[2], units[3], volume[1] };
	}

}
