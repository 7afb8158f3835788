package org.onedoor.appeals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.onedoor.directory.Directory;
import org.onedoor.directory.Division;
import org.onedoor.directory.Unit;
import org.onedoor.shared.DemoSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * About three hundred demo appeals made of real citizens' messages and real official replies
 * (see {@link DemoAppealRows}), spread over the last three months, the channels, the demo units
 * and every state, so each page has something true to show. Each appeal is stored like an
 * intake and then walked through the lifecycle by {@link DemoAppealJourney}, so its history is
 * the one a real appeal would have. Deterministic: the same demo every time.
 */
@Component
class DemoAppeals implements DemoSeed {

	private static final Logger log = LoggerFactory.getLogger(DemoAppeals.class);

	static final String DEMO_CITIZEN_MOBILE = "13800000001";

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "罗", "龙", "石", "杜" };

	/** Channels for messages whose source does not say (the message board's); petitions are chosen apart. */
	private static final Channel[] SPREAD = { Channel.HOTLINE, Channel.HOTLINE, Channel.HOTLINE, Channel.MESSAGE_BOARD,
			Channel.MESSAGE_BOARD, Channel.APP, Channel.WECHAT, Channel.OPEN311, Channel.PROVINCE_PLATFORM,
			Channel.WALK_IN, Channel.VILLAGE_AGENT, Channel.HOTLINE };

	private final AppealStore store;

	private final DemoAppealJourney journey;

	private final Directory directory;

	private final Clock clock;

	private final Deadlines deadlines;

	DemoAppeals(AppealStore store, DemoAppealJourney journey, Directory directory, Clock clock, Deadlines deadlines) {
		this.store = store;
		this.journey = journey;
		this.directory = directory;
		this.clock = clock;
		this.deadlines = deadlines;
	}

	@Override
	public String name() {
		return "appeals.demo-appeals";
	}

	/** After the directory's units (10), the demo accounts (20) and the demo API keys (40). */
	@Override
	public int order() {
		return 50;
	}

	@Override
	public void seed() {
		Random random = new Random(2026);
		Instant now = clock.instant();
		Map<String, Optional<Unit>> units = new HashMap<>();
		Map<String, List<Division>> places = new HashMap<>();
		DemoAppealJourney.Trail trail = new DemoAppealJourney.Trail();
		int stored = 0;
		int skipped = 0;
		List<DemoAppealRows.Row> rows = DemoAppealRows.read();
		for (int i = 0; i < rows.size(); i++) {
			DemoAppealRows.Row row = rows.get(i);
			Channel channel = channel(row, i);
			NewAppeal appeal = appeal(row, channel, i, random, places);
			if (!AppealIntakeRules.check(appeal).isEmpty() || !store.categoryUsable(row.category())) {
				skipped++;
				continue;
			}
			Instant registered = registeredAt(row, now, random);
			TrackingNumber number = TrackingNumber.next(YearMonth.from(registered.atZone(RegisterAppeal.CHINA)));
			Instant acceptBy = deadlines.due(DeadlineStage.ACCEPT, new AppealFacts(appeal.channel(), appeal.type(),
					appeal.petitionType(), appeal.urgency(), appeal.categoryCode()), registered, null);
			Optional<Long> inserted = store.insert(appeal, number, registered, acceptBy);
			if (inserted.isEmpty()) {
				skipped++;
				continue;
			}
			long id = inserted.get();
			store.recordTransition(id, "REGISTER", null, AppealStatus.REGISTERED, registrar(channel), null, true);
			Optional<Unit> unit = units.computeIfAbsent(row.unit(), directory::findUnitByCode);
			journey.walk(new DemoAppealJourney.Plan(id, row, channel, appeal.urgency(), registered, unit.orElse(null), i),
					now, random, trail);
			stored++;
		}
		log.info("Demo appeals: {} stored, {} skipped", stored, skipped);
	}

	/** Who wrote the appeal down: the operator on the phone, the clerk or agent, else the citizen or system. */
	private static Actor registrar(Channel channel) {
		return switch (channel) {
			case HOTLINE -> new Actor("李话务", null, null);
			case WALK_IN -> new Actor("刘窗口", null, null);
			case VILLAGE_AGENT -> new Actor("杨代办", null, null);
			case OPEN311, APP, WECHAT, PROVINCE_PLATFORM -> new Actor(channel.name(), null, null);
			default -> Actor.citizen(null);
		};
	}

	private static Channel channel(DemoAppealRows.Row row, int index) {
		if (!row.channel().isBlank()) {
			return Channel.valueOf(row.channel());
		}
		// a few complaints and requests with a reply become petitions (信访), which need a named petitioner
		if (row.hasReply() && index % 23 == 0 && row.type() != AppealType.CONSULTATION) {
			return Channel.PETITION;
		}
		return SPREAD[index % SPREAD.length];
	}

	private NewAppeal appeal(DemoAppealRows.Row row, Channel channel, int index, Random random,
			Map<String, List<Division>> places) {
		boolean anonymous = channel != Channel.PETITION && row.type().mayBeAnonymous() && random.nextInt(100) < 15;
		Division place = place(row.district(), random, places);
		NewAppeal.Builder builder = NewAppeal.on(channel, row.type())
			.about(row.title(), row.content())
			.category(row.category())
			.place(place.code(), place.fullName())
			.anonymous(anonymous)
			.confidential(index % 17 == 0)
			.urgency(index % 29 == 0 ? Urgency.URGENT : Urgency.NORMAL);
		if (channel == Channel.PETITION) {
			builder.petition(row.type() == AppealType.SUGGESTION ? PetitionType.SUGGESTION_OPINION : PetitionType.CLAIM);
		}
		if (channel == Channel.OPEN311 || channel == Channel.APP || channel == Channel.WECHAT) {
			// phones report where they are: around the place's seat, roughly (demo only)
			builder.coordinates(BigDecimal.valueOf(26.5 + random.nextInt(40000) / 100000.0).setScale(6, java.math.RoundingMode.HALF_UP),
					BigDecimal.valueOf(106.5 + random.nextInt(40000) / 100000.0).setScale(6, java.math.RoundingMode.HALF_UP));
		}
		if (!anonymous) {
			boolean demoCitizen = index % 40 == 7;
			String name = demoCitizen ? "王大妈" : SURNAMES[random.nextInt(SURNAMES.length)] + (random.nextBoolean() ? "先生" : "女士");
			String mobile = demoCitizen ? DEMO_CITIZEN_MOBILE
					: "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
			builder.citizen(name, mobile, null);
		}
		return builder.build();
	}

	/** A township of the district, and in 修文县 a village of it, so the place tree has depth. */
	private Division place(String district, Random random, Map<String, List<Division>> places) {
		List<Division> townships = places.computeIfAbsent(district, directory::children);
		if (townships.isEmpty()) {
			return directory.findDivision(district).orElseThrow();
		}
		Division township = townships.get(random.nextInt(townships.size()));
		if (!district.startsWith("520123")) {
			return township;
		}
		List<Division> villages = places.computeIfAbsent(township.code(), directory::children);
		return villages.isEmpty() ? township : villages.get(random.nextInt(villages.size()));
	}

	/**
	 * Replied messages keep their real handling time and are spread over the last 90 days; the
	 * others are recent (the last three weeks), still somewhere in the work.
	 */
	private static Instant registeredAt(DemoAppealRows.Row row, Instant now, Random random) {
		double ageDays = row.hasReply() ? Math.min(89, row.replyDays() + 1 + random.nextDouble() * 75)
				: 0.02 + random.nextDouble() * 21;
		Instant at = now.minus(Duration.ofMinutes((long) (ageDays * 24 * 60)));
		// people call and write mostly in the daytime
		int hour = at.atZone(RegisterAppeal.CHINA).getHour();
		Instant daytime = hour < 8 ? at.plus(Duration.ofHours(9)) : hour >= 22 ? at.minus(Duration.ofHours(6)) : at;
		return daytime.isAfter(now) ? now.minus(Duration.ofMinutes(5 + random.nextInt(60))) : daytime;
	}

}
