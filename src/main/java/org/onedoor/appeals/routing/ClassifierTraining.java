package org.onedoor.appeals.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The labelled messages shipped with OneDoor (appeals/routing/, see appeals/PROVENANCE.md). */
public final class ClassifierTraining {

	public static final String RESOURCE = "appeals/routing/teddy2020-labelled-train.csv";

	private ClassifierTraining() {
	}

	public static List<ClassifierExample> shipped() {
		try (InputStream in = resource(RESOURCE)) {
			return ClassifierCsv.examples(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A file shipped in the jar; its absence is a broken build, not bad input. */
	static InputStream resource(String name) {
		InputStream in = ClassifierTraining.class.getClassLoader().getResourceAsStream(name);
		if (in == null) {
			throw new IllegalStateException("Missing resource " + name);
		}
		return in;
	}

}
