package org.onedoor.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.shared.SettableClock;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two tiers together, against a real PostgreSQL and with several "nodes" (limits) sharing
 * one table: one node allows exactly the limit, N nodes at most limit + allowance × (N − 1), and
 * the first look-ups of an address never touch the shared table.
 */
class LookUpLimitTests {

	private static final int LIMIT = 20;

	private static final int ALLOWANCE = 5;

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	private static EmbeddedPostgres postgres;

	private static DataSource dataSource;

	private final SettableClock clock = new SettableClock();

	@BeforeAll
	static void startDatabase() throws IOException {
		postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
		dataSource = postgres.getPostgresDatabase();
		JdbcClient.create(dataSource)
			.sql("create table look_up_bucket (id varchar(200) primary key, state bytea, expires_at bigint)")
			.update();
	}

	@AfterAll
	static void stopDatabase() throws IOException {
		postgres.close();
	}

	/** One application node's limit; every node shares the table. */
	private final class Node extends LookUpLimit {

		Node(int allowance) {
			super(dataSource, clock, "look_up_bucket", "test:", LIMIT, Duration.ofMinutes(10), allowance);
		}

	}

	@Test
	void oneNodeAllowsExactlyTheLimitThenSaysHowLongToWait() {
		Node node = new Node(ALLOWANCE);
		String address = freshAddress();
		for (int i = 0; i < LIMIT; i++) {
			assertThat(node.tryLookUp(address)).as("look-up %d", i + 1).isEmpty();
		}
		assertThat(node.tryLookUp(address)).hasValueSatisfying(
				wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(10)));
		assertThat(node.tryLookUp(freshAddress())).as("another address has its own limit").isEmpty();
	}

	@Test
	void theAllowanceIsCountedWithoutTheSharedTable() {
		Node node = new Node(ALLOWANCE);
		String address = freshAddress();
		for (int i = 0; i < ALLOWANCE; i++) {
			node.tryLookUp(address);
		}
		assertThat(rows(address)).isZero();
		node.tryLookUp(address);
		assertThat(rows(address)).isOne();
	}

	@Test
	void withoutAnAllowanceTheFirstLookUpIsShared() {
		String address = freshAddress();
		new Node(0).tryLookUp(address);
		assertThat(rows(address)).isOne();
	}

	@Test
	void nNodesAllowAtMostTheLimitAndAnAllowanceForEveryNodeButOne() {
		for (int n = 1; n <= 3; n++) {
			List<Node> nodes = Stream.generate(() -> new Node(ALLOWANCE)).limit(n).toList();
			String address = freshAddress();
			// the worst case: every node but the last uses its free look-ups, the last the shared count
			int allowed = 0;
			for (Node node : nodes.subList(0, n - 1)) {
				allowed += allowedUntilRefused(List.of(node), address, ALLOWANCE);
			}
			allowed += allowedUntilRefused(nodes.subList(n - 1, n), address, Integer.MAX_VALUE);
			for (Node node : nodes) {
				allowed += allowedUntilRefused(List.of(node), address, Integer.MAX_VALUE);
			}
			assertThat(allowed).as("%d nodes", n).isEqualTo(LIMIT + ALLOWANCE * (n - 1));
		}
	}

	@Test
	void nodesTakingTurnsAllowAtLeastTheLimit() {
		List<Node> nodes = List.of(new Node(ALLOWANCE), new Node(ALLOWANCE), new Node(ALLOWANCE));
		int allowed = allowedUntilRefused(nodes, freshAddress(), Integer.MAX_VALUE);
		assertThat(allowed).isBetween(LIMIT, LIMIT + ALLOWANCE * (nodes.size() - 1));
	}

	/** Look-ups in turn on the nodes until one is refused or {@code most} were allowed. */
	private static int allowedUntilRefused(List<Node> nodes, String address, int most) {
		int allowed = 0;
		while (allowed < most && nodes.get(allowed % nodes.size()).tryLookUp(address).isEmpty()) {
			allowed++;
		}
		return allowed;
	}

	private static long rows(String address) {
		return JdbcClient.create(dataSource).sql("select count(*) from look_up_bucket where id = ?")
			.param("test:" + address)
			.query(Long.class)
			.single();
	}

	private static String freshAddress() {
		return "192.0.2." + ADDRESSES.getAndIncrement();
	}

}
