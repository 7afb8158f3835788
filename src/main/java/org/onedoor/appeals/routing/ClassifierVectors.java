package org.onedoor.appeals.routing;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Dense word vectors learnt from unlabelled messages ({@link ClassifierVectorsBuilder}; the shipped
 * ones in appeals/routing/word-vectors.bin.gz, provenance in appeals/PROVENANCE.md). Words that occur
 * in the same contexts get close vectors, so a test message saying 房东 lands near the training
 * messages saying 租房 although 房东 never occurred in them. Each vector is already scaled by its
 * word's weight (frequent words count less); a text's vector is the normalised sum over its words.
 * Stored as one signed byte per dimension with a scale per word: a quarter of the size of floats,
 * and the rounding is far below what the classifier can tell apart.
 */
final class ClassifierVectors {

	static final String RESOURCE = "appeals/routing/word-vectors.bin.gz";

	private static final int FORMAT = 1;

	private static volatile ClassifierVectors shipped;

	private final Map<String, Integer> index;

	private final int dimensions;

	/** index × dimensions, row-major. */
	private final float[] vectors;

	ClassifierVectors(Map<String, Integer> index, int dimensions, float[] vectors) {
		this.index = index;
		this.dimensions = dimensions;
		this.vectors = vectors;
	}

	static ClassifierVectors shipped() {
		ClassifierVectors loaded = shipped;
		if (loaded == null) {
			try (InputStream in = ClassifierTraining.resource(RESOURCE)) {
				loaded = read(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			shipped = loaded;
		}
		return loaded;
	}

	int dimensions() {
		return dimensions;
	}

	int words() {
		return index.size();
	}

	/** The L2-normalised sum of the vectors of the known words; zeros when none is known. */
	float[] embed(List<String> words) {
		float[] sum = new float[dimensions];
		for (String word : words) {
			Integer i = index.get(word);
			if (i != null) {
				int base = i * dimensions;
				for (int d = 0; d < dimensions; d++) {
					sum[d] += vectors[base + d];
				}
			}
		}
		double norm = 0;
		for (float v : sum) {
			norm += v * v;
		}
		if (norm > 0) {
			float scale = (float) (1 / Math.sqrt(norm));
			for (int d = 0; d < dimensions; d++) {
				sum[d] *= scale;
			}
		}
		return sum;
	}

	void write(OutputStream target) throws IOException {
		String[] words = new String[index.size()];
		index.forEach((w, i) -> words[i] = w);
		try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(target))) {
			out.writeInt(FORMAT);
			out.writeInt(words.length);
			out.writeInt(dimensions);
			for (int i = 0; i < words.length; i++) {
				float max = 0;
				for (int d = 0; d < dimensions; d++) {
					max = Math.max(max, Math.abs(vectors[i * dimensions + d]));
				}
				float scale = max == 0 ? 0 : max / 127;
				out.writeUTF(words[i]);
				out.writeFloat(scale);
				for (int d = 0; d < dimensions; d++) {
					out.writeByte(scale == 0 ? 0 : Math.round(vectors[i * dimensions + d] / scale));
				}
			}
		}
	}

	static ClassifierVectors read(InputStream source) throws IOException {
		try (DataInputStream in = new DataInputStream(new GZIPInputStream(source))) {
			if (in.readInt() != FORMAT) {
				throw new IllegalArgumentException("Unknown word vector format");
			}
			int size = in.readInt();
			int dimensions = in.readInt();
			Map<String, Integer> index = new HashMap<>(size * 2);
			float[] vectors = new float[size * dimensions];
			for (int i = 0; i < size; i++) {
				index.put(in.readUTF(), i);
				float scale = in.readFloat();
				for (int d = 0; d < dimensions; d++) {
					vectors[i * dimensions + d] = in.readByte() * scale;
				}
			}
			return new ClassifierVectors(index, dimensions, vectors);
		}
	}

}
