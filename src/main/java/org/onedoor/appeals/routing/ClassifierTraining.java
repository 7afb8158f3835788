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
		try (InputStream in = ClassifierTraining.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + RESOURCE);
			}
			return ClassifierCsv.examples(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
