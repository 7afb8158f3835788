package org.onedoor.appeals.reference;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Hands out per-node copies of reference tables that are reloaded exactly when the table's
 * version differs from the one the copy was read at. Versions are compared for equality, not
 * order: a copy read inside a transaction that changed the table and was then rolled back carries
 * a version that is never committed, so it is always reloaded.
 */
@Component
public class ReferenceData {

	private final ReferenceVersions versions;

	ReferenceData(ReferenceVersions versions) {
		this.versions = versions;
	}

	/** A copy of what {@code loader} reads from the {@code kind} table, kept until the table changes. */
	public <T> Cached<T> cached(ReferenceKind kind, Supplier<T> loader) {
		return new Cached<>(versions, kind, loader);
	}

	/** One cached table. Thread-safe: the copy and its version are replaced together. */
	public static final class Cached<T> {

		private record Copy<T>(long version, T value) {
		}

		private final ReferenceVersions versions;

		private final ReferenceKind kind;

		private final Supplier<T> loader;

		private volatile Copy<T> copy;

		private Cached(ReferenceVersions versions, ReferenceKind kind, Supplier<T> loader) {
			this.versions = versions;
			this.kind = kind;
			this.loader = loader;
		}

		/** The table as of its current version; reads it only when it changed since the last read. */
		public T get() {
			long version = versions.of(kind);
			Copy<T> known = copy;
			if (known != null && known.version() == version) {
				return known.value();
			}
			// read after the version: a change committed in between makes the copy newer than its
			// version says, and the next call reloads it once more; never older
			T value = loader.get();
			copy = new Copy<>(version, value);
			return value;
		}

	}

}
