package org.onedoor.appeals;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The one context the desk tests share: demo data on (demo accounts operator, clerk, agent,
 * dispatcher and citizen 13800000001 exist), MockMvc, the real database.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class DeskTestSupport {

	static final String CITIZEN = "13800000001";

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Appeals appeals;

	/** Signs the request in as a demo account, as if through the sign-in form. */
	RequestPostProcessor as(String login) {
		return user(accounts.loadUserByUsername(login));
	}

	/** A fresh client address, so one test's look-ups never use up another's limit. */
	static RequestPostProcessor fromNewAddress() {
		String address = "10.9." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.getAndIncrement() % 250 + 1);
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static String freshMobile() {
		return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	long accountId(String login) {
		return jdbc.sql("select id from identity.account where username = ? or mobile = ?").params(login, login).query(Long.class).single();
	}

	long count(String table) {
		return jdbc.sql("select count(*) from appeals." + table).query(Long.class).single();
	}

	String column(String column, String trackingNumber) {
		return jdbc.sql("select " + column + "::text from appeals.appeal where tracking_number = ?")
			.param(TrackingNumber.parse(trackingNumber).orElseThrow().value())
			.query(String.class)
			.single();
	}

	/** Registers an appeal directly and, for tests that need it, stands it at REPLIED with a reply. */
	RegisteredAppeal registered(Channel channel, String mobile) {
		return appeals.register(NewAppeal.on(channel, AppealType.COMPLAINT)
			.about("小区垃圾清运不及时", "花果园某小区垃圾桶连续三天没有清运。")
			.citizen("张三", mobile, null)
			.build(), Actor.SYSTEM);
	}

	void standReplied(long appealId, String reply) {
		jdbc.sql("update appeals.appeal set status = 'REPLIED', reply = ?, replied_at = now() where id = ?")
			.params(reply, appealId)
			.update();
		StatusShortcut.recordJump(jdbc, appealId);
	}

}
