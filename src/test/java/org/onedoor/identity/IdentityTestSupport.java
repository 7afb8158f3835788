package org.onedoor.identity;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The one Spring context every identity integration test shares: demo data off (so the tests
 * control what exists), the few units the demo accounts need, and an SMS gateway that keeps
 * the messages instead of sending them.
 */
@SpringBootTest(properties = "onedoor.demo=false")
@AutoConfigureMockMvc
@Import(CapturedSms.class)
abstract class IdentityTestSupport {

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoAccounts demoAccounts;

	@Autowired
	AccountDetailsService details;

	@Autowired
	CapturedSms sms;

	@BeforeEach
	void unitsAndDemoAccounts() {
		jdbc.sql("""
				insert into directory.division(code, name, level, parent_code, full_name) values
				  ('520000000000', '贵州省', 'PROVINCE', null, '贵州省'),
				  ('520100000000', '贵阳市', 'CITY', '520000000000', '贵州省贵阳市'),
				  ('520102000000', '南明区', 'COUNTY', '520100000000', '贵州省贵阳市南明区'),
				  ('520300000000', '遵义市', 'CITY', '520000000000', '贵州省遵义市')
				on conflict do nothing""").update();
		jdbc.sql("""
				insert into directory.unit(code, name, division_code, kind) values
				  ('GZ-SFT', '贵州省司法厅', '520000000000', 'DEPARTMENT'),
				  ('GY-12345', '贵阳市12345政务服务便民热线', '520100000000', 'HOTLINE_CENTRE'),
				  ('GY-CGJ', '贵阳市城市管理局', '520100000000', 'DEPARTMENT'),
				  ('GY-XFJ', '贵阳市信访局', '520100000000', 'DEPARTMENT'),
				  ('NM-ZJJ', '南明区住房和城乡建设局', '520102000000', 'DEPARTMENT'),
				  ('ZY-CGJ', '遵义市城市管理局', '520300000000', 'DEPARTMENT')
				on conflict (code) do nothing""").update();
		demoAccounts.seed();
	}

	/** Signs the request in as an existing account, as if through the sign-in form. */
	RequestPostProcessor as(String login) {
		return user(details.loadUserByUsername(login));
	}

	/** A fresh client address, so rate limits of one test never reach another. */
	static RequestPostProcessor fromNewAddress() {
		String address = "10.0." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.getAndIncrement() % 250 + 1);
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	long unitId(String code) {
		return jdbc.sql("select id from directory.unit where code = ?").param(code).query(Long.class).single();
	}

	long accountId(String username) {
		return jdbc.sql("select id from identity.account where username = ? or mobile = ?")
			.params(username, username)
			.query(Long.class)
			.single();
	}

	long auditCount(String action, String subjectId) {
		return jdbc.sql("select count(*) from audit.entry where action = ? and (cast(? as varchar) is null or subject_id = ?)")
			.params(action, subjectId, subjectId)
			.query(Long.class)
			.single();
	}

}
