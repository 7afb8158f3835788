package org.onedoor.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit entries. An entry joins the caller's transaction, so a change and its audit
 * record are stored together or not at all; the actor and address come from the current
 * sign-in and request.
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records an action.
	 * @param action what happened, e.g. {@code calendar.year.imported}, {@code personal-data.revealed}
	 * @param subjectType the kind of record, e.g. {@code appeal}
	 * @param subjectId the record's identifier (never the personal data itself)
	 * @param detail a short human-readable note
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String action, String subjectType, String subjectId, String detail) {
		recordAs(currentActor(), action, subjectType, subjectId, detail);
	}

	/** For events whose actor is not (yet) signed in, such as a failed sign-in. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordAs(String actor, String action, String subjectType, String subjectId, String detail) {
		jdbc.sql("""
				insert into audit.entry(actor, action, subject_type, subject_id, detail, remote_address)
				values (:actor, :action, :subjectType, :subjectId, :detail, :address)""")
			.param("actor", truncate(actor, 100))
			.param("action", action)
			.param("subjectType", subjectType)
			.param("subjectId", truncate(subjectId, 100))
			.param("detail", truncate(detail, 1000))
			.param("address", currentAddress())
			.update();
	}

	/** The latest entries for a subject, newest first. */
	public List<AuditEntry> entriesFor(String subjectType, String subjectId, int limit) {
		return jdbc.sql("""
				select id, occurred_at, actor, action, subject_type, subject_id, detail, remote_address
				from audit.entry where subject_type = ? and subject_id = ? order by id desc limit ?""")
			.params(subjectType, subjectId, limit)
			.query(AuditEntry.class)
			.list();
	}

	/** Entries matching {@code filter}, newest first, one page at a time. */
	public Page<AuditEntry> search(AuditFilter filter, Pageable page) {
		String where = """
				where (:actor = '' or actor = :actor)
				  and (:action = '' or action = :action or (right(:action, 1) = '*' and action like left(:action, -1) || '%'))
				  and (:subjectType = '' or subject_type = :subjectType)
				  and (:subjectId = '' or subject_id = :subjectId)
				  and (cast(:from as date) is null or occurred_at >= cast(cast(:from as date) as timestamp) at time zone 'Asia/Shanghai')
				  and (cast(:to as date) is null or occurred_at < cast(cast(:to as date) + 1 as timestamp) at time zone 'Asia/Shanghai')
				""";
		Map<String, Object> params = new HashMap<>();
		params.put("actor", blankToEmpty(filter.actor()));
		params.put("action", blankToEmpty(filter.action()));
		params.put("subjectType", blankToEmpty(filter.subjectType()));
		params.put("subjectId", blankToEmpty(filter.subjectId()));
		params.put("from", filter.from());
		params.put("to", filter.to());
		long total = jdbc.sql("select count(*) from audit.entry " + where).params(params).query(Long.class).single();
		List<AuditEntry> entries = jdbc.sql("""
				select id, occurred_at, actor, action, subject_type, subject_id, detail, remote_address
				from audit.entry
				""" + where + " order by id desc limit :limit offset :offset")
			.params(params)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query(AuditEntry.class)
			.list();
		return new PageImpl<>(entries, page, total);
	}

	private static String blankToEmpty(String value) {
		return value == null ? "" : value.trim();
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated() ? authentication.getName() : "system";
	}

	private static String currentAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

}
