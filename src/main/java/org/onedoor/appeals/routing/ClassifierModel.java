package org.onedoor.appeals.routing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained first-level category classifier: TF-IDF over {@link ClassifierText} terms and a
 * multinomial logistic regression, so its confidences are probabilities that add up to one. Immutable
 * and thread-safe; {@link #toBytes()} / {@link #fromBytes(byte[])} store it in the database.
 */
public final class ClassifierModel {

	/** 1: terms only; 2: with {@link ClassifierFeatures} but no 词林 level; 3: with it. */
	private static final int FORMAT = 3;

	private final List<String> labels;

	private final Map<String, Integer> vocabulary;

	private final float[] idf;

	/** weights[label][term], then the bias, then the dense dimensions. */
	private final float[][] weights;

	private final ClassifierFeatures features;

	ClassifierModel(List<String> labels, Map<String, Integer> vocabulary, float[] idf, float[][] weights,
			ClassifierFeatures features) {
		this.labels = List.copyOf(labels);
		this.vocabulary = vocabulary;
		this.idf = idf;
		this.weights = weights;
		this.features = features;
	}

	ClassifierFeatures features() {
		return features;
	}

	public List<String> labels() {
		return labels;
	}

	/** All categories, most likely first. */
	public List<ClassifierScore> classify(String title, String content) {
		SparseVector x = vectorise(title, content);
		double[] scores = new double[labels.size()];
		double max = Double.NEGATIVE_INFINITY;
		for (int c = 0; c < scores.length; c++) {
			scores[c] = x.dot(weights[c]);
			max = Math.max(max, scores[c]);
		}
		double sum = 0;
		for (int c = 0; c < scores.length; c++) {
			scores[c] = Math.exp(scores[c] - max);
			sum += scores[c];
		}
		List<ClassifierScore> ranked = new ArrayList<>(scores.length);
		for (int c = 0; c < scores.length; c++) {
			ranked.add(new ClassifierScore(labels.get(c), scores[c] / sum));
		}
		ranked.sort(Comparator.comparingDouble(ClassifierScore::confidence).reversed());
		return ranked;
	}

	SparseVector vectorise(String title, String content) {
		return vectorise(features.analyse(title, content));
	}

	SparseVector vectorise(ClassifierText.Analysed analysed) {
		Map<String, Integer> terms = analysed.terms();
		int dimensions = weights[0].length - idf.length - 1;
		int[] index = new int[terms.size() + 1 + dimensions];
		float[] value = new float[terms.size() + 1 + dimensions];
		int n = 0;
		double norm = 0;
		for (Map.Entry<String, Integer> term : terms.entrySet()) {
			Integer i = vocabulary.get(term.getKey());
			if (i != null) {
				float v = (float) ((1 + Math.log(term.getValue())) * idf[i]);
				index[n] = i;
				value[n++] = v;
				norm += v * v;
			}
		}
		float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
		for (int k = 0; k < n; k++) {
			value[k] *= scale;
		}
		index[n] = idf.length; // bias
		value[n++] = 1;
		if (dimensions > 0) {
			float[] dense = features.embed(analysed);
			for (int d = 0; d < dimensions; d++) {
				index[n] = idf.length + 1 + d;
				value[n++] = dense[d];
			}
		}
		return new SparseVector(Arrays.copyOf(index, n), Arrays.copyOf(value, n));
	}

	public byte[] toBytes() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
			out.writeInt(FORMAT);
			out.writeBoolean(features.lexicon());
			out.writeFloat(features.dense());
			out.writeInt(features.cilin());
			out.writeInt(weights[0].length - idf.length - 1);
			out.writeInt(labels.size());
			for (String label : labels) {
				out.writeUTF(label);
			}
			String[] terms = new String[idf.length];
			vocabulary.forEach((term, i) -> terms[i] = term);
			out.writeInt(terms.length);
			for (int i = 0; i < terms.length; i++) {
				out.writeUTF(terms[i]);
				out.writeFloat(idf[i]);
			}
			for (float[] row : weights) {
				for (float w : row) {
					out.writeFloat(w);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	public static ClassifierModel fromBytes(byte[] stored) {
		try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(stored)))) {
			int format = in.readInt();
			if (format < 1 || format > FORMAT) {
				throw new IllegalArgumentException("Unknown classifier model format");
			}
			ClassifierFeatures features = format == 1 ? ClassifierFeatures.TERMS_ONLY
					: new ClassifierFeatures(in.readBoolean(), in.readFloat(), format == 2 ? 0 : in.readInt());
			int dimensions = format == 1 ? 0 : in.readInt();
			List<String> labels = new ArrayList<>();
			for (int c = in.readInt(); c > 0; c--) {
				labels.add(in.readUTF());
			}
			int size = in.readInt();
			Map<String, Integer> vocabulary = new HashMap<>(size * 2);
			float[] idf = new float[size];
			for (int i = 0; i < size; i++) {
				vocabulary.put(in.readUTF(), i);
				idf[i] = in.readFloat();
			}
			float[][] weights = new float[labels.size()][size + 1 + dimensions];
			for (float[] row : weights) {
				for (int i = 0; i < row.length; i++) {
					row[i] = in.readFloat();
				}
			}
			return new ClassifierModel(labels, vocabulary, idf, weights, features);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record SparseVector(int[] index, float[] value) {

		double dot(float[] w) {
			double s = 0;
			for (int k = 0; k < index.length; k++) {
				s += w[index[k]] * value[k];
			}
			return s;
		}

	}

}
