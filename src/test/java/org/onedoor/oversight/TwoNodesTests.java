package org.onedoor.oversight;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.onedoor.OneDoorApplication;
import org.onedoor.appeals.TrackingNumber;
import org.onedoor.directory.Directory;
import org.onedoor.oversight.StageClocks.Stage;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two OneDoor nodes (two application contexts, each with its own connection pool and sweeps) on
 * one external PostgreSQL database: warnings, overdue escalations and supervision-order
 * escalations each happen once, whichever node claims them, and a node left alone after the
 * other went down catches up. Needs PostgreSQL at 127.0.0.1:5432; skipped without it, except on
 * CI ({@code CI=true}), where a missing server fails the build.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTests {

	private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final String database = "onedoor_oversight_nodes_" + UUID.randomUUID().toString().substring(0, 8);

	private ConfigurableApplicationContext first;

	private ConfigurableApplicationContext second;

	@BeforeAll
	void startTwoNodes() throws SQLException {
		boolean ci = "true".equals(System.getenv("CI"));
		Assumptions.assumeTrue(reachable() || ci, "no PostgreSQL at 127.0.0.1:5432 on this machine");
		execute("create database " + database);
		first = node();
		second = node();
	}

	@AfterAll
	void stopNodes() throws SQLException {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { first, second }) {
			if (node != null && node.isActive()) {
				node.close();
			}
		}
		if (first != null) {
			execute("drop database if exists " + database + " with (force)");
		}
	}

	@Test
	@Order(1)
	void eachWarningAndOverdueEscalationHappensOnceAcrossTwoNodes() throws Exception {
		long cgj = first.getBean(Directory.class).findUnitByCode("GY-CGJ").orElseThrow().id();
		long handler = account("handler");
		StageClocks clocks = first.getBean(StageClocks.class);
		List<Long> ids = new ArrayList<>();
		for (long id = 9_900_001; id <= 9_900_080; id++) {
			// signed for Tuesday 7 April 2026 (after 清明), reply due Tuesday 14 April 17:30
			clocks.start(id, TrackingNumber.next(YearMonth.of(2026, 4)).value(), Stage.REPLY, cgj, handler,
					at("2026-04-07T09:00:00"), at("2026-04-14T17:30:00"));
			ids.add(id);
		}
		together(node -> node.getBean(WarningSweep.class).sweep(at("2026-04-13T09:00:00")));
		together(node -> node.getBean(WarningSweep.class).sweep(at("2026-04-14T17:31:00")));
		for (long id : ids) {
			assertThat(told(id, "WARNING")).containsExactly("handler", "head");
			assertThat(told(id, "OVERDUE")).containsExactly("handler", "head");
			assertThat(told(id, "ESCALATED")).containsExactly("supervisor");
		}
		assertThat(jdbc().sql("""
				select count(*) from oversight.alert where appeal_id between 9900001 and 9900080 and state = 'SENT'""")
			.query(Long.class).single()).isEqualTo(160L); // the 60% point and the deadline; 80% was never reached
	}

	@Test
	@Order(2) // stops the first node at the end
	void eachLateSupervisionOrderEscalatesOnceAcrossTwoNodesAndALoneNodeCatchesUp() throws Exception {
		long cgj = first.getBean(Directory.class).findUnitByCode("GY-CGJ").orElseThrow().id();
		long supervisor = account("supervisor");
		OrderStore store = first.getBean(OrderStore.class);
		TransactionTemplate tx = first.getBean(TransactionTemplate.class);
		List<Long> orders = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			long appealId = 9_910_001 + i;
			String tracking = TrackingNumber.next(YearMonth.of(2026, 4)).value();
			// issued Thursday 2 April 10:00 with two working days: due Tuesday 7 April 17:30 (清明 in between)
			orders.add(tx.execute(status -> store.insert(new OrderStore.NewOrder(cgj, "520100000000", "RED", "限期办结", 2,
					at("2026-04-07T17:30:00"), supervisor, "陈督办", at("2026-04-02T10:00:00")),
					List.of(new SupervisionOrder.Subject(appealId, tracking)))));
		}
		List<Integer> escalated = together(node -> node.getBean(EscalateLateOrders.class).sweep(at("2026-04-07T17:31:00")));
		assertThat(escalated.get(0) + escalated.get(1)).isGreaterThanOrEqualTo(30);
		for (long order : orders) {
			assertThat(jdbc().sql("""
					select count(*) from oversight.notice n join identity.account a on a.id = n.account_id
					where n.order_id = ? and n.kind = 'ESCALATED' and a.username = 'supervisor'""")
				.param(order).query(Long.class).single()).isEqualTo(1L);
		}

		// one node goes down; late orders pile up; the other, its clock jumped days ahead, catches up once
		first.close();
		OrderStore survivor = second.getBean(OrderStore.class);
		TransactionTemplate survivorTx = second.getBean(TransactionTemplate.class);
		long late = survivorTx.execute(status -> survivor.insert(new OrderStore.NewOrder(cgj, "520100000000", "YELLOW",
				"请答复", 1, at("2026-04-08T17:30:00"), supervisor, "陈督办", at("2026-04-07T10:00:00")),
				List.of(new SupervisionOrder.Subject(9_919_999, TrackingNumber.next(YearMonth.of(2026, 4)).value()))));
		EscalateLateOrders alone = second.getBean(EscalateLateOrders.class);
		assertThat(alone.sweep(at("2026-04-13T09:00:00"))).isGreaterThanOrEqualTo(1);
		assertThat(alone.sweep(at("2026-04-13T09:01:00"))).isZero();
		assertThat(survivor.load(late).escalatedAt()).isEqualTo(at("2026-04-13T09:00:00"));
	}

	private <T> List<T> together(Function<ConfigurableApplicationContext, T> work) throws Exception {
		CyclicBarrier barrier = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<T>> results = new ArrayList<>();
			for (ConfigurableApplicationContext node : List.of(first, second)) {
				Callable<T> task = () -> {
					barrier.await();
					return work.apply(node);
				};
				results.add(threads.submit(task));
			}
			List<T> values = new ArrayList<>();
			for (Future<T> result : results) {
				values.add(result.get());
			}
			return values;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private ConfigurableApplicationContext node() {
		return new SpringApplicationBuilder(OneDoorApplication.class).run("--spring.datasource.url=" + SERVER + database,
				"--spring.datasource.username=postgres", "--onedoor.demo=true", "--server.port=0",
				"--onedoor.oversight.sweep-every=PT24H", "--onedoor.oversight.sweep-delay=PT24H");
	}

	private JdbcClient jdbc() {
		return second.getBean(JdbcClient.class);
	}

	private long account(String username) {
		return jdbc().sql("select id from identity.account where username = ?").param(username).query(Long.class).single();
	}

	private List<String> told(long appealId, String kind) {
		return jdbc().sql("""
				select a.username from oversight.notice n join identity.account a on a.id = n.account_id
				where n.appeal_id = ? and n.kind = ? order by a.username""")
			.params(appealId, kind)
			.query(String.class)
			.list();
	}

	private static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(CHINA).toInstant();
	}

	private static boolean reachable() {
		try (Connection ignored = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
			return true;
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private static void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
			connection.createStatement().execute(sql);
		}
	}

}
