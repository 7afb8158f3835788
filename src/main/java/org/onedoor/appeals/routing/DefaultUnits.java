package org.onedoor.appeals.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The unit that leads each first-level category when nothing more is known (no place, no
 * database): the city-level rows of the 派单目录 shipped in the jar
 * ({@code appeals/routing/default-units.csv}), for the {@code classify} batch command.
 */
public final class DefaultUnits {

	static final String RESOURCE = "/appeals/routing/default-units.csv";

	private final Map<String, String> unitByCategory;

	private DefaultUnits(Map<String, String> unitByCategory) {
		this.unitByCategory = Map.copyOf(unitByCategory);
	}

	public static DefaultUnits shipped() {
		try (InputStream in = DefaultUnits.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the jar");
			}
			Map<String, String> units = new LinkedHashMap<>();
			for (Map<String, String> row : ClassifierCsv.read(in, List.of(ClassifierCsv.CATEGORY, "建议承办单位"))) {
				units.put(row.get(ClassifierCsv.CATEGORY), row.get("建议承办单位"));
			}
			return new DefaultUnits(units);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The unit's name for a first-level category name, if the catalogue has one. */
	public Optional<String> forCategory(String firstLevelName) {
		return Optional.ofNullable(unitByCategory.get(firstLevelName));
	}

}
