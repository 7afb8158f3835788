package org.onedoor.appeals;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.onedoor.appeals.reference.ReferenceData;
import org.onedoor.appeals.reference.ReferenceKind;
import org.onedoor.audit.AuditLog;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The switch and threshold of automatic dispatch for each first-level category (the classifier
 * names first-level categories only). Each node keeps a copy that it reloads when the table's
 * version moves, so a change holds on every node from the next intake; every change is audited.
 */
@Service
class AutoDispatchSettings {

	/** Below this a classifier that is right four times in five would dispatch wrongly too often. */
	static final BigDecimal LOWEST = new BigDecimal("0.5");

	static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("0.90");

	record Setting(String categoryCode, boolean enabled, BigDecimal threshold) {
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final ReferenceData.Cached<Map<String, Setting>> settings;

	AutoDispatchSettings(JdbcClient jdbc, AuditLog audit, Clock clock, ReferenceData reference) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.settings = reference.cached(ReferenceKind.AUTO_DISPATCH,
				() -> jdbc.sql("select category_code, enabled, threshold from appeals.auto_dispatch")
					.query((rs, n) -> new Setting(rs.getString(1), rs.getBoolean(2), rs.getBigDecimal(3)))
					.list()
					.stream()
					.collect(Collectors.toUnmodifiableMap(Setting::categoryCode, s -> s)));
	}

	/** Every first-level category's setting; those never set are off at the default threshold. */
	Map<String, Setting> all() {
		return settings.get();
	}

	/** First question at every intake: most installations never switch it on. */
	boolean anyEnabled() {
		return settings.get().values().stream().anyMatch(Setting::enabled);
	}

	Optional<Setting> enabledFor(String firstLevelCode) {
		return Optional.ofNullable(settings.get().get(firstLevelCode)).filter(Setting::enabled);
	}

	@Transactional
	void set(String categoryCode, boolean enabled, String threshold, String by) {
		Integer level = jdbc.sql("select level from appeals.category where code = ?")
			.param(categoryCode)
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("appeals.categories.notFound"));
		if (level != 1) {
			throw new InvalidInputException("categoryCode", "appeals-routing.auto.firstLevelOnly");
		}
		BigDecimal value;
		try {
			value = threshold == null || threshold.isBlank() ? DEFAULT_THRESHOLD : new BigDecimal(threshold.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("threshold", "appeals-routing.auto.thresholdInvalid", LOWEST);
		}
		if (value.compareTo(LOWEST) < 0 || value.compareTo(BigDecimal.ONE) > 0 || value.scale() > 3) {
			throw new InvalidInputException("threshold", "appeals-routing.auto.thresholdInvalid", LOWEST);
		}
		jdbc.sql("""
				insert into appeals.auto_dispatch (category_code, enabled, threshold, updated_by, updated_at)
				values (?, ?, ?, ?, ?) on conflict (category_code) do update set enabled = excluded.enabled,
				    threshold = excluded.threshold, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
			.params(categoryCode, enabled, value, by, Timestamp.from(clock.instant()))
			.update();
		audit.record("appeals.auto-dispatch.set", "appeal-category", categoryCode,
				(enabled ? "on" : "off") + " at " + value.toPlainString());
	}

	List<String> firstLevelCodes() {
		return jdbc.sql("select code from appeals.category where level = 1 order by code").query(String.class).list();
	}

}
