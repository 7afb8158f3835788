package org.onedoor.community;

import java.util.Set;

import org.onedoor.identity.Role;
import org.onedoor.identity.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The one context the community tests share: demo data on (the pilot communities, the demo
 * organiser and volunteer at 纪念塔社区, citizen 13800000001), MockMvc, the real database.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class CommunityTestSupport {

	static final String CITIZEN = "13800000001";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	RequestPostProcessor as(String login) {
		return user(accounts.loadUserByUsername(login));
	}

	long accountId(String login) {
		return jdbc.sql("select id from identity.account where username = ? or mobile = ?").params(login, login)
			.query(Long.class).single();
	}

	long unitId(String login) {
		return jdbc.sql("select unit_id from identity.account where username = ?").param(login).query(Long.class).single();
	}

	SignedIn organiser() {
		return new SignedIn(accountId("organiser"), "organiser", "黄社工", Set.of(Role.COMMUNITY_ORGANISER),
				unitId("organiser"), "520102016001");
	}

	SignedIn volunteer() {
		return new SignedIn(accountId("volunteer"), "volunteer", "周志愿", Set.of(Role.VOLUNTEER), unitId("volunteer"),
				"520102016001");
	}

	/** A resident with no account row behind it: community tables keep account ids, not foreign keys. */
	static SignedIn resident(long id) {
		return new SignedIn(id, "1390000" + String.format("%04d", id % 10000), "居民" + id, Set.of(Role.CITIZEN), null, null);
	}

	long communityId(String code) {
		return jdbc.sql("select id from community.community where code = ?").param(code).query(Long.class).single();
	}

}
