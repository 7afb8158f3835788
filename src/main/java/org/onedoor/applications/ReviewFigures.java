package org.onedoor.applications;

import java.util.List;

import org.onedoor.directory.Directory;
import org.onedoor.directory.Unit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The published 好差评 figures per unit: how many ratings, the average, 好评率 (非常满意, 满意 and
 * 基本满意 among all), how many 差评 and how many of them were rectified by their deadline.
 */
@Component
class ReviewFigures {

	/** One unit's figures; {@code goodRate} in percent with one decimal. */
	record UnitFigures(String unitCode, String unitName, int ratings, double average, double goodRate, int bad,
			int badRectifiedOnTime, int badOpen) {
	}

	private final JdbcClient jdbc;

	private final Directory directory;

	ReviewFigures(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	List<UnitFigures> perUnit() {
		record Row(long unitId, int ratings, double average, int good, int bad, int onTime, int open) {
		}
		return jdbc.sql("""
				select v.unit_id, count(*) as ratings, round(avg(v.overall), 2) as average,
				       count(*) filter (where r.id is null) as good, count(r.id) as bad,
				       count(r.id) filter (where r.rectified_on is not null and r.rectified_on <= r.due_on) as on_time,
				       count(r.id) filter (where r.state in ('OPEN', 'VERIFIED')) as open
				from applications.review v left join applications.rectification r on r.review_id = v.id
				group by v.unit_id order by count(*) desc""")
			.query(Row.class).list().stream()
			.map(r -> {
				Unit unit = directory.findUnit(r.unitId()).orElse(null);
				return new UnitFigures(unit == null ? "" : unit.code(), unit == null ? "" : unit.name(), r.ratings(),
						r.average(), Math.round(r.good() * 1000.0 / r.ratings()) / 10.0, r.bad(), r.onTime(), r.open());
			})
			.toList();
	}

}
