package org.onedoor.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests set to real calendar dates (China time); it starts at the real time so the
 * rest of the application is unaffected until a test moves it. Register it as a {@code @Primary} bean.
 */
public class SettableClock extends Clock {

	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

	/** @param localDateTime China time, e.g. {@code 2025-03-03T09:00:00} */
	public void set(String localDateTime) {
		now.set(at(localDateTime));
	}

	public static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(CHINA).toInstant();
	}

	@Override
	public ZoneId getZone() {
		return CHINA;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(now.get(), zone);
	}

	@Override
	public Instant instant() {
		return now.get();
	}

}
