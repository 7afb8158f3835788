package org.onedoor.appeals;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.onedoor.audit.AuditLog;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators keep the words people use for the same thing (噪声 → 噪音). Every node's copy of
 * the table is reloaded when its version moves, so a change holds on every node for the next appeal. A rule never
 * chains (a canonical word is never itself a variant), so the rewriting does not depend on order.
 * Appeals already indexed keep the terms they were indexed with.
 */
@Service
class DuplicateSynonymAdministration {

	static final int WORD_MAX = 40;

	record Synonym(String variant, String canonical) {
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	DuplicateSynonymAdministration(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	List<Synonym> all() {
		return jdbc.sql("select variant, canonical from appeals.duplicate_synonym order by canonical, variant")
			.query(Synonym.class)
			.list();
	}

	/** Adds a variant, or gives an existing one another canonical word. */
	@Transactional
	void save(String variant, String canonical) {
		String v = word("variant", variant);
		String c = word("canonical", canonical);
		if (v.equals(c)) {
			throw new InvalidInputException("canonical", "appeals-intel.synonym.same");
		}
		jdbc.sql("lock table appeals.duplicate_synonym in share row exclusive mode").update();
		if (count("select count(*) from appeals.duplicate_synonym where canonical = ? and variant <> ?", v, v) > 0) {
			throw new InvalidInputException("variant", "appeals-intel.synonym.isCanonical", v);
		}
		if (count("select count(*) from appeals.duplicate_synonym where variant = ?", c) > 0) {
			throw new InvalidInputException("canonical", "appeals-intel.synonym.isVariant", c);
		}
		String before = jdbc.sql("select canonical from appeals.duplicate_synonym where variant = ?")
			.param(v)
			.query(String.class)
			.optional()
			.orElse(null);
		jdbc.sql("""
				insert into appeals.duplicate_synonym (variant, canonical, created_at) values (?, ?, ?)
				on conflict (variant) do update set canonical = excluded.canonical""")
			.params(v, c, Timestamp.from(clock.instant()))
			.update();
		audit.record("appeals.synonym.saved", "synonym", v, (before == null ? "" : before + " → ") + c);
	}

	@Transactional
	void remove(String variant) {
		String canonical = jdbc.sql("select canonical from appeals.duplicate_synonym where variant = ?")
			.param(variant)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("appeals-intel.synonym.notFound"));
		jdbc.sql("delete from appeals.duplicate_synonym where variant = ?").param(variant).update();
		audit.record("appeals.synonym.removed", "synonym", variant, canonical);
	}

	private int count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Integer.class).single();
	}

	private static String word(String field, String value) {
		String w = value == null ? "" : value.strip();
		if (w.isEmpty()) {
			throw new InvalidInputException(field, "appeals-intel.synonym.required");
		}
		if (w.length() > WORD_MAX) {
			throw new InvalidInputException(field, "appeals-intel.synonym.tooLong", WORD_MAX);
		}
		if (!w.matches("[\\p{IsHan}\\p{L}\\p{N}]+")) {
			throw new InvalidInputException(field, "appeals-intel.synonym.letters");
		}
		return w;
	}

}
