package org.onedoor.network;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The shared context: demo data on (the seeded Guizhou network), MockMvc, the real database. */
@SpringBootTest
@AutoConfigureMockMvc
abstract class NetworkTestSupport {

	/** 纪念塔社区, 新华路街道, 南明区, 贵阳市, 贵州省. */
	static final String JINIANTA = "520102016001";

	static final String XINHUALU = "520102016000";

	static final String NANMING = "520102000000";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	private long lastDemoPoint;

	/** Tests share one context and its demo network: points a test adds are taken away after it. */
	@BeforeEach
	void rememberTheNetwork() {
		lastDemoPoint = jdbc.sql("select coalesce(max(id), 0) from network.point").query(Long.class).single();
	}

	@AfterEach
	void restoreTheNetwork() {
		jdbc.sql("delete from network.point where id > ?").param(lastDemoPoint).update();
	}

	/** The demo administrator, signed in as the real account. */
	RequestPostProcessor admin() {
		return user(accounts.loadUserByUsername("admin"));
	}

	RequestPostProcessor clerk() {
		return user(accounts.loadUserByUsername("clerk"));
	}

	/** A published catalogue item for the tests; created when the catalogue's demo has none by that code. */
	String publishedItem(String code, String name) {
		if (jdbc.sql("select count(*) from catalogue.item where code = ?").param(code).query(Long.class).single() == 0) {
			jdbc.sql("""
					insert into catalogue.item (code, basic_code, name, kind, unit_id, unit_code, statutory_days, promised_days)
					select ?, ?, ?, 'PUBLIC_SERVICE', id, code, 20, 10 from directory.unit where code = 'GZ-SFT'""")
				.params(code, code, name)
				.update();
		}
		return code;
	}

	long pointAt(String division) {
		return jdbc.sql("select min(id) from network.point where division_code = ?").param(division).query(Long.class).single();
	}

	void link(long point, String item) {
		jdbc.sql("insert into network.point_item (point_id, item_code) values (?, ?) on conflict do nothing")
			.params(point, item).update();
	}

}
