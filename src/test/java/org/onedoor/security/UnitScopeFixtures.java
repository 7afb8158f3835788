package org.onedoor.security;

import java.util.List;
import java.util.Map;

import org.onedoor.appeals.Actor;
import org.onedoor.appeals.AppealType;
import org.onedoor.appeals.Appeals;
import org.onedoor.appeals.Channel;
import org.onedoor.appeals.NewAppeal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the sweep works on, built on the demo data: appeals dispatched to 贵阳市城市管理局 (GY-CGJ,
 * demo accounts {@code handler} and {@code head}), one of them a report whose reporter must stay
 * hidden from that unit, an attachment, a supervision order to GY-CGJ, and staff of two other
 * units: one in the same city, one in another city.
 */
final class UnitScopeFixtures {

	static final String REPORTER_NAME = "钱举报";

	static final String REPORTER_MOBILE = "13698765432";

	/** How a masked mobile number ends (Masking: 136****5432). */
	static final String REPORTER_MASKED = "****5432";

	static final String TITLE = "安全扫描诉求标题";

	/** Another unit's handler, head and window clerk in 贵阳市, and a dispatcher and supervisor of 遵义市. */
	static final List<String> OUTSIDERS = List.of("sec-handler", "sec-head", "sec-clerk", "sec-dispatcher",
			"sec-supervisor");

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final UserDetailsService accounts;

	private final Appeals appeals;

	UnitScopeFixtures(MockMvc mvc, JdbcClient jdbc, UserDetailsService accounts, Appeals appeals) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.appeals = appeals;
	}

	RequestPostProcessor as(String login) {
		return user(accounts.loadUserByUsername(login));
	}

	void outsiders() {
		jdbc.sql("""
				insert into directory.division(code, name, level, parent_code, full_name)
				values ('520300000000', '遵义市', 'CITY', '520000000000', '贵州省遵义市') on conflict do nothing""").update();
		jdbc.sql("""
				insert into directory.unit(code, name, division_code, kind) values
				  ('SEC-GY', '贵阳市安全扫描局', '520100000000', 'DEPARTMENT'),
				  ('SEC-ZY', '遵义市安全扫描局', '520300000000', 'DEPARTMENT')
				on conflict (code) do nothing""").update();
		Map.of("sec-handler", List.of("SEC-GY", "UNIT_HANDLER"), "sec-head", List.of("SEC-GY", "UNIT_HEAD"),
				"sec-clerk", List.of("SEC-GY", "WINDOW_CLERK"), "sec-dispatcher", List.of("SEC-ZY", "DISPATCHER"), "sec-supervisor", List.of("SEC-ZY", "SUPERVISOR"))
			.forEach((login, unitAndRole) -> {
				jdbc.sql("""
						insert into identity.account(kind, username, display_name, password_hash, unit_id)
						select 'STAFF', ?, ?, '{noop}unused', id from directory.unit where code = ?
						on conflict (username) do nothing""").params(login, login, unitAndRole.get(0)).update();
				jdbc.sql("""
						insert into identity.account_role(account_id, role)
						select id, ? from identity.account where username = ? on conflict do nothing""")
					.params(unitAndRole.get(1), login).update();
			});
	}

	/** Registered by the hotline, accepted and dispatched to GY-CGJ by the demo dispatcher. */
	long dispatchedAppeal(AppealType type, String name, String mobile) throws Exception {
		long id = appeals.register(NewAppeal.on(Channel.HOTLINE, type)
			.about(TITLE, "城管执法人员每月向摊贩收取费用，安全扫描用。")
			.citizen(name, mobile, null)
			.place("520102000000", "花果园")
			.build(), Actor.SYSTEM).id();
		mvc.perform(post("/console/appeals/" + id + "/accept").with(as("dispatcher")).with(csrf())
			.param("version", Integer.toString(version(id)))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/console/appeals/" + id + "/dispatch").with(as("dispatcher")).with(csrf())
			.param("version", Integer.toString(version(id))).param("leadUnit", "GY-CGJ"))
			.andExpect(status().is3xxRedirection());
		return id;
	}

	/** A walk-in filed by the demo window clerk; answers the tracking number on the slip. */
	String walkIn() throws Exception {
		String slip = mvc.perform(post("/console/assisted").with(as("clerk")).with(csrf())
			.param("citizenMobile", "13733334444").param("citizenName", "吴窗口").param("type", "REQUEST_FOR_HELP")
			.param("title", TITLE).param("content", "窗口代为登记，安全扫描用。").param("divisionCode", "520102000000"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		return slip.substring(slip.lastIndexOf('/') + 1);
	}

	long attachment(long appealId) {
		return jdbc.sql("""
				insert into appeals.attachment(appeal_id, filename, media_type, size_bytes, sha256, content)
				values (?, 'photo.png', 'image/png', 4, repeat('0', 64), '\\x89504e47'::bytea) returning id""")
			.param(appealId).query(Long.class).single();
	}

	long supervisionOrder(long appealId) {
		long id = jdbc.sql("""
				insert into oversight.supervision_order(number, unit_id, unit_division_code, level, reason, answer_days,
				  deadline, state, issued_by, issued_by_name, issued_at)
				select 'SEC-' || nextval('oversight.supervision_order_number'), u.id, u.division_code, 'YELLOW',
				  '安全扫描督办', 3, now() + interval '3 days', 'ISSUED', a.id, '督办员', now()
				from directory.unit u, identity.account a where u.code = 'GY-CGJ' and a.username = 'supervisor'
				returning id""").query(Long.class).single();
		jdbc.sql("""
				insert into oversight.supervision_order_appeal(order_id, appeal_id, tracking_number)
				select ?, id, tracking_number from appeals.appeal where id = ?""").params(id, appealId).update();
		return id;
	}

	int version(long appealId) {
		return jdbc.sql("select version from appeals.appeal where id = ?").param(appealId).query(Integer.class).single();
	}

	String trackingNumber(long appealId) {
		return jdbc.sql("select tracking_number from appeals.appeal where id = ?").param(appealId)
			.query(String.class).single();
	}

	/** Everything an action could change: the appeals, their history, the order, the attachments. */
	List<Map<String, Object>> snapshot(long... appealIds) {
		List<Long> ids = java.util.Arrays.stream(appealIds).boxed().toList();
		List<Map<String, Object>> rows = new java.util.ArrayList<>(jdbc.sql("""
				select id, version, status, lead_unit_id, (select count(*) from appeals.appeal_transition t
				  where t.appeal_id = a.id) transitions, (select count(*) from appeals.attachment f
				  where f.appeal_id = a.id) attachments
				from appeals.appeal a where id in (:ids) order by id""").param("ids", ids).query().listOfRows());
		rows.addAll(jdbc.sql("""
				select o.id, o.version, o.state from oversight.supervision_order o
				where o.id in (select order_id from oversight.supervision_order_appeal where appeal_id in (:ids))
				order by o.id""").param("ids", ids).query().listOfRows());
		rows.addAll(jdbc.sql("""
				select appeal_id, candidate_id, decision from appeals.duplicate_candidate
				where appeal_id in (:ids) or candidate_id in (:ids) order by 1, 2""").param("ids", ids).query().listOfRows());
		// merges, separations, reveals and downloads are audited under the number or the id
		rows.addAll(jdbc.sql("""
				select count(*) audited from audit.entry where subject_type = 'appeal' and (subject_id in
				  (select tracking_number from appeals.appeal where id in (:ids)) or subject_id in (:texts))""")
			.param("ids", ids).param("texts", ids.stream().map(String::valueOf).toList()).query().listOfRows());
		return rows;
	}

}
