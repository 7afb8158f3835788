package org.onedoor.appeals;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.onedoor.appeals.intel.DuplicateSearchSql;
import org.onedoor.appeals.intel.DuplicateSynonyms;
import org.onedoor.appeals.intel.DuplicateSubject;
import org.onedoor.appeals.intel.DuplicateTerms;
import org.onedoor.appeals.intel.DuplicateText;
import org.onedoor.appeals.reference.ReferenceData;
import org.onedoor.appeals.reference.ReferenceKind;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The database side of duplicate matching: each appeal's normalised terms in
 * {@code appeals.duplicate_terms} and its county-scoped word postings
 * ({@code appeals.duplicate_posting}), and the search for earlier appeals in the window that
 * share words with a new one in its county (or come from the same caller). Synonyms are a per-node copy reloaded
 * whenever the table's version moves, so all nodes use the same list from the next appeal after an administrator
 * edits it (issue 4: the same duplicate answer on every node).
 */
@Component
class DuplicateIndex {

	private final JdbcClient jdbc;

	private final Duration window;

	private final boolean autoMerge;

	private final ReferenceData.Cached<DuplicateText> text;

	DuplicateIndex(JdbcClient jdbc, ReferenceData reference,
			@Value("${onedoor.appeals.duplicates.window:P30D}") Duration window,
			@Value("${onedoor.appeals.duplicates.auto-merge:true}") boolean autoMerge) {
		this.jdbc = jdbc;
		this.window = window;
		this.autoMerge = autoMerge;
		this.text = reference.cached(ReferenceKind.DUPLICATE_SYNONYM, this::readText);
	}

	/** Off: sure duplicates are only suggested to a person, like the medium ones. */
	boolean autoMerge() {
		return autoMerge;
	}

	Duration window() {
		return window;
	}

	DuplicateText text() {
		return text.get();
	}

	private DuplicateText readText() {
		Map<String, String> synonyms = new LinkedHashMap<>();
		// a row callback runs the query at once (a row mapper alone would never execute it)
		jdbc.sql("select variant, canonical from appeals.duplicate_synonym order by variant")
			.query(rs -> {
				synonyms.put(rs.getString(1), rs.getString(2));
			});
		return new DuplicateText(new DuplicateSynonyms(synonyms));
	}

	/**
	 * Two duplicates registered at the same moment on two nodes must see each other: intake of the
	 * same caller, or in the same county, waits here until the other registration has committed
	 * (the lock ends with the transaction), so the later one's search finds the earlier. Keys are
	 * taken in a fixed order, so two intakes never wait for each other.
	 */
	void serialize(String mobile, String divisionCode) {
		java.util.TreeSet<String> keys = new java.util.TreeSet<>();
		if (mobile != null && !mobile.isBlank()) {
			keys.add("appeals.duplicate.mobile:" + mobile.strip());
		}
		if (divisionCode != null && divisionCode.length() >= 6) {
			keys.add("appeals.duplicate.county:" + divisionCode.substring(0, 6));
		}
		if (keys.isEmpty()) {
			return;
		}
		// one round trip for both keys; unnest yields them in the array's (sorted) order
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(k, 0)) from unnest(?::text[]) k")
			.param(literal(keys))
			.query(rs -> {
			});
	}

	/**
	 * Indexes an appeal not indexed yet (a new one, or one a bulk import left without terms): its
	 * terms and its postings in one statement, so intake pays one round trip, and no delete of
	 * postings that cannot exist. An appeal that already has terms is left as it is (the postings
	 * only follow a terms row this statement inserted), which makes the backfill safe to repeat;
	 * nothing changes an appeal's text or division after registration, so nothing re-indexes.
	 * @return whether the appeal was indexed now
	 */
	boolean index(long appealId, DuplicateTerms terms, Instant registeredAt) {
		// the county comes from the appeal row itself, so postings always follow its division
		return jdbc.sql("""
				with terms as (
				    insert into appeals.duplicate_terms (appeal_id, words, title_words, bigrams, registered_at)
				    values (?, ?::text[], ?::text[], ?::text[], ?)
				    on conflict (appeal_id) do nothing
				    returning appeal_id, registered_at
				), postings as (
				    insert into appeals.duplicate_posting (term_key, registered_at, appeal_id)
				    select case when length(a.division_code) >= 6 then left(a.division_code, 6) else '' end || ':' || w,
				           t.registered_at, t.appeal_id
				    from terms t join appeals.appeal a on a.id = t.appeal_id cross join unnest(?::text[]) w
				)
				select count(*) from terms""")
			.params(appealId, literal(terms.words()), literal(terms.titleWords()), literal(terms.bigrams()),
					Timestamp.from(registeredAt), literal(terms.searchTerms(DuplicateTerms.INDEXED)))
			.query(Integer.class)
			.single() == 1;
	}

	/**
	 * Earlier appeals that may be the same matter: still open, or closed within the window;
	 * never one already merged into another (the group is reached through its primary).
	 */
	List<DuplicateSubject> candidates(long appealId, DuplicateTerms terms, String divisionCode, String mobile,
			Instant now) {
		Timestamp since = Timestamp.from(now.minus(window));
		return jdbc.sql(DuplicateSearchSql.CANDIDATES)
			.params(literal(DuplicateSearchSql.keys(terms, divisionCode)), since, mobile, since, appealId, since,
					DuplicateSearchSql.LIMIT)
			.query((rs, n) -> subject(rs))
			.list();
	}

	private static DuplicateSubject subject(ResultSet rs) throws SQLException {
		var terms = new DuplicateTerms(set(rs.getArray(2)), set(rs.getArray(3)), set(rs.getArray(4)));
		return new DuplicateSubject(rs.getLong(1), terms, rs.getString(5), rs.getString(6),
				rs.getBigDecimal(7) == null ? null : rs.getBigDecimal(7).doubleValue(),
				rs.getBigDecimal(8) == null ? null : rs.getBigDecimal(8).doubleValue(), rs.getString(9),
				rs.getTimestamp(10).toInstant());
	}

	private static Set<String> set(Array array) throws SQLException {
		return Set.of((String[]) array.getArray());
	}

	/** A PostgreSQL array literal; every element quoted, so no word can break out of it. */
	static String literal(Collection<String> values) {
		// unsorted: an array's order means nothing to the search, and sorting cost a tenth of an intake
		return values.stream()
			.map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
			.collect(Collectors.joining(",", "{", "}"));
	}

}
