package org.onedoor.network;

import java.io.StringReader;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.onedoor.directory.Directory;
import org.onedoor.directory.Division;
import org.onedoor.directory.DivisionLevel;
import org.onedoor.directory.Unit;
import org.onedoor.shared.DemoSeed;
import org.postgresql.PGConnection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Guizhou's service network for the demo: the province's, 9 cities' and 88 counties'
 * 政务服务中心, 1,412 township 便民服务中心 and 12,373 village 便民服务站 (see {@link DemoNetworkPlan}),
 * with the items each level handles ({@link DemoNetworkItems}). About 14,000 rows go in with one
 * COPY and the item links with one INSERT … SELECT per level, well under a second.
 */
@Component
class NetworkDemoSeed implements DemoSeed {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(NetworkDemoSeed.class);

	private static final String GUIZHOU = "520000000000";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final Directory directory;

	NetworkDemoSeed(DataSource dataSource, JdbcClient jdbc, Directory directory) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.directory = directory;
	}

	@Override
	public String name() {
		return "network.points";
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public void seed() {
		long started = System.nanoTime();
		Map<String, String> units = serviceUnits();
		List<Division> townships = DemoNetworkPlan.townships(directory.divisionsWithin(GUIZHOU, DivisionLevel.TOWNSHIP),
				DemoNetworkPlan.TOWNSHIPS, units.keySet());
		Set<String> covered = new HashSet<>(townships.stream().map(Division::code).toList());
		List<Division> villages = DemoNetworkPlan.villages(directory.divisionsWithin(GUIZHOU, DivisionLevel.VILLAGE),
				DemoNetworkPlan.VILLAGES, covered, units.keySet());
		List<Division> centres = new ArrayList<>();
		directory.findDivision(GUIZHOU).ifPresent(centres::add);
		centres.addAll(directory.children(GUIZHOU));
		centres.addAll(directory.divisionsWithin(GUIZHOU, DivisionLevel.COUNTY));
		StringBuilder rows = new StringBuilder(3_000_000);
		for (List<Division> level : List.of(centres, townships, villages)) {
			for (Division division : level) {
				rows.append(DemoPointRow.of(division, units.get(division.code()))).append('\n');
			}
		}
		copy(rows.toString());
		DemoNetworkItems.link(jdbc);
		log.info("Seeded {} demo service points in {} ms", centres.size() + townships.size() + villages.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	/** Directory units that run a service centre or station, by division: the points they run. */
	private Map<String, String> serviceUnits() {
		Map<String, String> byDivision = new HashMap<>();
		for (Unit unit : directory.findUnitsByName("便民服务", 200)) {
			if (unit.active() && directory.isWithin(unit.divisionCode(), GUIZHOU)) {
				byDivision.putIfAbsent(unit.divisionCode(), unit.code());
			}
		}
		return byDivision;
	}

	/** Uses the seed's own transaction-bound connection, so the rows commit with the seed record. */
	private void copy(String rows) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
					copy network.point (name, kind, level, division_code, division_name, unit_code, address, latitude,
					    longitude, phone, hours, terminals, agent_service) from stdin (format text)""",
					new StringReader(rows));
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not load the demo service network", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

}
