package org.onedoor.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar's tables in schema {@code calendar}. */
@Repository
class CalendarStore {

	private final JdbcClient jdbc;

	CalendarStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long revision() {
		return jdbc.sql("select number from calendar.revision").query(Long.class).single();
	}

	/** Bumps the revision; the row lock it takes makes concurrent changes wait for each other. */
	long bumpRevision() {
		return jdbc.sql("update calendar.revision set number = number + 1 returning number").query(Long.class).single();
	}

	List<SpecialDay> allDays() {
		return jdbc.sql("select day, name, kind from calendar.special_day order by day")
			.query((rs, row) -> new SpecialDay(rs.getObject("day", LocalDate.class), rs.getString("name"),
					SpecialDay.Kind.valueOf(rs.getString("kind"))))
			.list();
	}

	List<SpecialDay> daysOf(int year) {
		return jdbc.sql("select day, name, kind from calendar.special_day where year = ? order by day")
			.param(year)
			.query((rs, row) -> new SpecialDay(rs.getObject("day", LocalDate.class), rs.getString("name"),
					SpecialDay.Kind.valueOf(rs.getString("kind"))))
			.list();
	}

	List<PublishedYear> publishedYears() {
		return jdbc.sql("""
				select y.year, y.source, y.imported_at, y.imported_by,
				       count(d.day) filter (where d.kind = 'OFF') as holidays,
				       count(d.day) filter (where d.kind = 'WORKDAY') as workdays
				from calendar.published_year y left join calendar.special_day d on d.year = y.year
				group by y.year order by y.year desc""")
			.query(PublishedYear.class)
			.list();
	}

	Optional<PublishedYear> publishedYear(int year) {
		return publishedYears().stream().filter(published -> published.year() == year).findFirst();
	}

	void replaceYear(int year, List<SpecialDay> days, String source, String actor) {
		jdbc.sql("""
				insert into calendar.published_year(year, source, imported_by) values (:year, :source, :actor)
				on conflict (year) do update set source = excluded.source, imported_at = now(),
				imported_by = excluded.imported_by""")
			.param("year", year)
			.param("source", source)
			.param("actor", actor)
			.update();
		jdbc.sql("delete from calendar.special_day where year = ?").param(year).update();
		days.forEach(day -> saveDay(year, day));
	}

	void saveDay(int year, SpecialDay day) {
		jdbc.sql("""
				insert into calendar.special_day(day, year, name, kind) values (:day, :year, :name, :kind)
				on conflict (day) do update set name = excluded.name, kind = excluded.kind""")
			.param("day", day.date())
			.param("year", year)
			.param("name", day.name())
			.param("kind", day.kind().name())
			.update();
	}

	boolean deleteDay(LocalDate date) {
		return jdbc.sql("delete from calendar.special_day where day = ?").param(date).update() > 0;
	}

	Map<Long, OfficeHours> allOfficeHours() {
		Map<Long, ZoneId> zones = new HashMap<>();
		Map<Long, List<OfficeHours.Session>> sessions = new HashMap<>();
		jdbc.sql("""
				select h.unit_id, h.time_zone, s.starts, s.ends
				from calendar.unit_office_hours h join calendar.office_session s on s.unit_id = h.unit_id""")
			.query(rs -> {
				long unit = rs.getLong("unit_id");
				zones.put(unit, ZoneId.of(rs.getString("time_zone")));
				sessions.computeIfAbsent(unit, id -> new ArrayList<>())
					.add(new OfficeHours.Session(rs.getObject("starts", LocalTime.class),
							rs.getObject("ends", LocalTime.class)));
			});
		Map<Long, OfficeHours> hours = new HashMap<>();
		zones.forEach((unit, zone) -> hours.put(unit, new OfficeHours(zone, sessions.get(unit))));
		return hours;
	}

	void saveOfficeHours(long unitId, OfficeHours hours, String actor) {
		jdbc.sql("delete from calendar.unit_office_hours where unit_id = ?").param(unitId).update();
		jdbc.sql("insert into calendar.unit_office_hours(unit_id, time_zone, updated_by) values (?, ?, ?)")
			.params(unitId, hours.zone().getId(), actor)
			.update();
		for (OfficeHours.Session session : hours.sessions()) {
			jdbc.sql("insert into calendar.office_session(unit_id, starts, ends) values (?, ?, ?)")
				.params(unitId, session.start(), session.end())
				.update();
		}
	}

	boolean deleteOfficeHours(long unitId) {
		return jdbc.sql("delete from calendar.unit_office_hours where unit_id = ?").param(unitId).update() > 0;
	}

}
