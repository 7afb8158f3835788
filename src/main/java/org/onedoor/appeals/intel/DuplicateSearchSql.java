package org.onedoor.appeals.intel;

/**
 * The candidate search of duplicate matching, shared by the application and its benchmark so
 * the benchmark measures exactly what intake runs. Parameters: window start, the new appeal's
 * id, window start (closed appeals), its words, its mobile, its words again, the limit.
 */
public final class DuplicateSearchSql {

	public static final String CANDIDATES = """
			select a.id, t.words, t.title_words, t.bigrams, a.division_code, a.address, a.latitude, a.longitude,
			       a.citizen_mobile, a.registered_at
			from appeals.duplicate_terms t join appeals.appeal a on a.id = t.appeal_id
			where t.registered_at >= ? and a.id <> ? and a.merged_into_id is null
			  and a.status not in ('MERGED', 'DECLINED') and (a.closed_at is null or a.closed_at >= ?)
			  and (t.words && ?::text[] or a.citizen_mobile = ?)
			order by cardinality(array(select unnest(t.words) intersect select unnest(?::text[]))) desc, a.id desc
			limit ?""";

	private DuplicateSearchSql() {
	}

}
