package org.onedoor.appeals.intel;

import java.util.ArrayList;
import java.util.List;

/**
 * The candidate search of duplicate matching, shared by the application and its benchmark so
 * the benchmark measures exactly what intake runs. It reads at most {@link #PER_TERM} postings
 * per county-scoped word (the newest), plus the caller's own appeals, so a common word costs no
 * more than a rare one; the appeals sharing the most words go on to the matcher.
 * Parameters: the term keys ({@link #keys}), window start, the caller's mobile, window start,
 * the new appeal's id, window start (closed appeals), the limit.
 */
public final class DuplicateSearchSql {

	/** Postings read per word: the newest appeals of the county that use it. */
	public static final int PER_TERM = 40;

	/**
	 * Appeals scored per search, those sharing the most words: enough for every plausible
	 * duplicate (intake keeps five), few enough that fetching their terms stays within
	 * milliseconds; fetching them is most of the search's time.
	 */
	public static final int LIMIT = 30;

	public static final String CANDIDATES = """
			with hits as (
			    select p.appeal_id, count(*) as shared
			    from unnest(?::text[]) k(term_key)
			    cross join lateral (select d.appeal_id from appeals.duplicate_posting d
			        where d.term_key = k.term_key and d.registered_at >= ?
			        order by d.registered_at desc limit %d) p
			    group by p.appeal_id
			    union all
			    select c.id, 1 from appeals.appeal c where c.citizen_mobile = ? and c.registered_at >= ?
			), ranked as (
			    select appeal_id, sum(shared) as shared from hits group by appeal_id
			    order by shared desc, appeal_id desc limit 100
			)
			select a.id, t.words, t.title_words, t.bigrams, a.division_code, a.address, a.latitude, a.longitude,
			       a.citizen_mobile, a.registered_at
			from ranked r join appeals.appeal a on a.id = r.appeal_id join appeals.duplicate_terms t on t.appeal_id = a.id
			where a.id <> ? and a.merged_into_id is null
			  and a.status not in ('MERGED', 'DECLINED') and (a.closed_at is null or a.closed_at >= ?)
			order by r.shared desc, a.id desc
			limit ?""".formatted(PER_TERM);

	private DuplicateSearchSql() {
	}

	/** The county (first six digits of the division code), or the empty county when unknown. */
	public static String county(String divisionCode) {
		return divisionCode != null && divisionCode.length() >= 6 ? divisionCode.substring(0, 6) : "";
	}

	/**
	 * Posting keys a new appeal searches: its words in its own county and among the appeals
	 * whose county is unknown (either may be the same matter).
	 */
	public static List<String> keys(DuplicateTerms terms, String divisionCode) {
		String county = county(divisionCode);
		List<String> keys = new ArrayList<>();
		for (String term : terms.searchTerms(DuplicateTerms.SEARCHED)) {
			keys.add(county + ":" + term);
			if (!county.isEmpty()) {
				keys.add(":" + term);
			}
		}
		return keys;
	}

}
