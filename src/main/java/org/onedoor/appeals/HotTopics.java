package org.onedoor.appeals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.onedoor.audit.AuditLog;
import org.onedoor.directory.Directory;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 热点问题 for leaders: finds and keeps the topics of a window, raises a trend alert once when
 * a topic grows fast, records the decision taken and publishes the response to every citizen
 * who raised the matter (tracking page and text message). Every step is audited.
 */
@Service
class HotTopics {

	/** Topics shown and kept per window; beyond these a matter is not hot. */
	static final int TOP = 30;

	static final int DECISION_MAX = 2000;

	/** One text message. */
	static final int RESPONSE_MAX = 500;

	private final HotTopicFinder finder;

	private final HotTopicStore store;

	private final TrendAlert trend;

	private final AuditLog audit;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HotTopics(HotTopicFinder finder, HotTopicStore store, AuditLog audit, Directory directory,
			ApplicationEventPublisher events, Clock clock,
			@Value("${onedoor.appeals.hot-topics.alert-growth:2.0}") double alertGrowth,
			@Value("${onedoor.appeals.hot-topics.alert-citizens:5}") int alertCitizens) {
		this.finder = finder;
		this.store = store;
		this.audit = audit;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
		this.trend = new TrendAlert(alertGrowth, alertCitizens);
	}

	/** The window's topics within the division, hottest first, kept so they can be acted on. */
	@Transactional
	List<HotTopicStore.Kept> topics(HotTopicWindow window, String prefix) {
		Instant now = clock.instant();
		List<Long> ids = new ArrayList<>();
		for (HotTopicFinder.Found found : finder.find(window, prefix).stream().limit(TOP).toList()) {
			HotTopicStore.Saved saved = store.save(window, prefix, found,
					trend.raised(found.citizens(), found.previousCitizens()), now);
			if (saved.alertRaised()) {
				audit.recordAs("system", "appeals.hot-topic.alert", "hot-topic", String.valueOf(saved.id()),
						found.title() + ": " + found.previousCitizens() + " → " + found.citizens());
			}
			ids.add(saved.id());
		}
		return store.find(ids);
	}

	/** Alerts of the last two weeks within the division. */
	List<HotTopicStore.Kept> alerts(String prefix) {
		return store.alerts(prefix, clock.instant().minus(Duration.ofDays(14)));
	}

	/** The finished week before {@code today}, kept once across all nodes, for every city and the whole. */
	@Transactional
	int keepLastWeek(LocalDate today) {
		HotTopicWindow week = HotTopicWindow.week(today).previous();
		if (!store.claimWeek(week.from(), clock.instant())) {
			return -1;
		}
		List<String> prefixes = new ArrayList<>(List.of(""));
		prefixes.addAll(store.cities(week.from().atStartOfDay(RegisterAppeal.CHINA).toInstant(),
				week.to().atStartOfDay(RegisterAppeal.CHINA).toInstant()));
		int kept = prefixes.stream().mapToInt(prefix -> topics(week, prefix).size()).sum();
		store.weekDone(week.from(), kept);
		return kept;
	}

	HotTopicStore.Kept topic(long id, String viewerPrefix) {
		HotTopicStore.Kept topic = store.find(id).orElseThrow(() -> new NotFoundException("appeals-intel.hot.notFound"));
		if (!topic.divisionPrefix().startsWith(viewerPrefix)) {
			throw new NotFoundException("appeals-intel.hot.notFound");
		}
		return topic;
	}

	List<HotTopicStore.Listed> appeals(HotTopicStore.Kept topic) {
		return store.appeals(store.everyAppeal(topic));
	}

	@Transactional
	void decide(long id, String viewerPrefix, String decision, String unitCode, String date, Actor actor) {
		HotTopicStore.Kept topic = topic(id, viewerPrefix);
		String text = Texts.optional("decision", decision, DECISION_MAX);
		if (text == null) {
			throw new InvalidInputException("decision", "appeals-intel.hot.decision.required");
		}
		String unit = unitCode == null ? "" : unitCode.strip();
		if (unit.isEmpty() || directory.findUnitByCode(unit).isEmpty()) {
			throw new InvalidInputException("unitCode", "appeals-intel.hot.unit.unknown", unit);
		}
		LocalDate on;
		try {
			on = LocalDate.parse(date == null ? "" : date.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("date", "appeals-intel.hot.date.invalid");
		}
		store.decide(topic.id(), text, unit, on, actor.name(), clock.instant());
		audit.record("appeals.hot-topic.decided", "hot-topic", String.valueOf(id), unit + " " + on + ": " + text);
	}

	/** @return how many appeals (citizens) were given the response */
	@Transactional
	int respond(long id, String viewerPrefix, String response, Actor actor) {
		HotTopicStore.Kept topic = topic(id, viewerPrefix);
		if (topic.decision() == null) {
			throw new InvalidInputException("response", "appeals-intel.hot.response.decisionFirst");
		}
		String text = Texts.optional("response", response, RESPONSE_MAX);
		if (text == null) {
			throw new InvalidInputException("response", "appeals-intel.hot.response.required");
		}
		Instant now = clock.instant();
		if (!store.respond(topic.id(), text, actor.name(), now)) {
			throw new InvalidInputException("response", "appeals-intel.hot.response.already");
		}
		List<Long> appeals = store.everyAppeal(topic);
		appeals.forEach(appeal -> store.noticeSent(topic.id(), appeal, now));
		audit.record("appeals.hot-topic.responded", "hot-topic", String.valueOf(id),
				appeals.size() + " appeals: " + text);
		events.publishEvent(new HotTopicNotices.ResponsePublished(topic.title(), text, appeals));
		return appeals.size();
	}

}
