package org.onedoor.network;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.onedoor.calendar.CalendarDay;
import org.onedoor.calendar.OfficeHours;
import org.onedoor.calendar.WorkingCalendar;
import org.onedoor.catalogue.Catalogue;
import org.onedoor.catalogue.ServiceItem;
import org.onedoor.directory.Directory;
import org.onedoor.directory.DivisionCode;
import org.onedoor.directory.DivisionLevel;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * Finds the points that handle an item in and above the citizen's division, nearest first: the
 * village's own station, then (for a chosen township) the stations in its villages, then the
 * township's centre, the county's, the city's and the province's.
 */
@Service
class WhereToGo {

	private final PointStore store;

	private final Catalogue catalogue;

	private final Directory directory;

	private final WorkingCalendar calendar;

	private final Clock clock;

	WhereToGo(PointStore store, Catalogue catalogue, Directory directory, WorkingCalendar calendar, Clock clock) {
		this.store = store;
		this.catalogue = catalogue;
		this.directory = directory;
		this.calendar = calendar;
		this.clock = clock;
	}

	ServiceItem item(String code) {
		if (code == null || code.isBlank() || code.length() > 40) {
			throw new InvalidInputException("item", "network.item.required");
		}
		return catalogue.item(code.strip()).orElseThrow(() -> new NotFoundException("network.item.notFound", code));
	}

	DivisionCode division(String code) {
		DivisionCode parsed = DivisionParam.read("division", code);
		directory.findDivision(parsed.value())
			.orElseThrow(() -> new NotFoundException("network.division.notFound", parsed.value()));
		return parsed;
	}

	List<NearbyPoint> find(String itemCode, String divisionCode) {
		ServiceItem item = item(itemCode);
		DivisionCode home = division(divisionCode);
		List<String> chain = new ArrayList<>(home.ancestors().stream().map(DivisionCode::value).toList());
		chain.add(home.value());
		String[] inside = home.level() == DivisionLevel.TOWNSHIP ? DivisionCode.prefixRange(home.significant()) : null;
		LocalDateTime now = LocalDateTime.now(clock.withZone(OfficeHours.CHINA));
		CalendarDay today = calendar.day(now.toLocalDate());
		return store.handling(item.code(), chain, inside).stream()
			.map(p -> new NearbyPoint(p, Nearness.distance(home, new DivisionCode(p.divisionCode())),
					OpeningHours.parse(p.hours()).openAt(today, now.toLocalTime()), mapLink(p)))
			.filter(p -> p.distance() >= 0)
			.sorted(Comparator.comparingInt(NearbyPoint::distance).thenComparing(p -> p.point().divisionCode())
				.thenComparing(p -> p.point().name()))
			.toList();
	}

	/** OpenStreetMap needs no key and no contract; coordinates are WGS-84. */
	static String mapLink(ServicePoint point) {
		if (point.latitude() == null || point.longitude() == null) {
			return null;
		}
		return "https://www.openstreetmap.org/?mlat=" + point.latitude().toPlainString() + "&mlon="
				+ point.longitude().toPlainString() + "#map=16/" + point.latitude().toPlainString() + "/"
				+ point.longitude().toPlainString();
	}

}
