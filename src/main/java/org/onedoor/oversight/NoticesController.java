package org.onedoor.oversight;

import java.time.Instant;
import java.util.List;

import org.onedoor.identity.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** A member of staff's own warnings and escalations. */
@Controller
@PreAuthorize("hasAuthority('STAFF')")
class NoticesController {

	record Notice(long id, long appealId, String kind, String textZh, String textEn, Instant createdAt,
			Instant readAt) {

		public java.time.LocalDateTime createdLocal() {
			return createdAt.atZone(WarningNotices.CHINA).toLocalDateTime();
		}

	}

	private final JdbcClient jdbc;

	private final CurrentUser currentUser;

	NoticesController(JdbcClient jdbc, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.currentUser = currentUser;
	}

	@GetMapping("/console/oversight/notices")
	String notices(Model model) {
		List<Notice> notices = jdbc.sql("""
				select id, appeal_id, kind, text_zh, text_en, created_at, read_at from oversight.notice
				where account_id = ? order by created_at desc, id desc limit 200""")
			.param(currentUser.require().accountId())
			.query(Notice.class)
			.list();
		model.addAttribute("notices", notices);
		return "oversight/notices";
	}

	@PostMapping("/console/oversight/notices/read")
	String markRead() {
		jdbc.sql("update oversight.notice set read_at = now() where account_id = ? and read_at is null")
			.param(currentUser.require().accountId())
			.update();
		return "redirect:/console/oversight/notices";
	}

}
