package org.onedoor.appeals.routing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Word vectors: the SVD, the builder, the stored form. */
class ClassifierVectorsTests {

	@Test
	void jacobiFindsTheEigenvaluesOfASymmetricMatrix() {
		double[][] a = { { 2, 1, 0 }, { 1, 2, 0 }, { 0, 0, 5 } };
		double[][] v = new double[3][3];
		double[] lambda = ClassifierSvd.jacobi(a, v);
		assertThat(java.util.Arrays.stream(lambda).sorted().toArray()).containsExactly(new double[] { 1, 3, 5 },
				within(1e-9));
	}

	@Test
	void theTruncatedSvdRecoversARankTwoMatrix() {
		// A = x x^T + y y^T with orthogonal x, y: U·√Σ reproduces A as (U√Σ)(U√Σ)^T
		int n = 6;
		double[] x = { 1, 1, 1, 1, 0, 0 };
		double[] y = { 0, 0, 1, -1, 2, 0 };
		List<Integer> rows = new ArrayList<>(List.of(0));
		List<Integer> cols = new ArrayList<>();
		List<Float> values = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				double a = x[i] * x[j] + y[i] * y[j];
				if (a != 0) {
					cols.add(j);
					values.add((float) a);
				}
			}
			rows.add(cols.size());
		}
		float[] v = new float[values.size()];
		for (int k = 0; k < v.length; k++) {
			v[k] = values.get(k);
		}
		double[][] u = ClassifierSvd.leftVectors(rows.stream().mapToInt(Integer::intValue).toArray(),
				cols.stream().mapToInt(Integer::intValue).toArray(), v, n, 2, new Random(1));
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				double product = u[i][0] * u[j][0] + u[i][1] * u[j][1];
				assertThat(product).isCloseTo(x[i] * x[j] + y[i] * y[j], within(1e-6));
			}
		}
	}

	@Test
	void wordsSharingContextsGetCloseVectors() {
		List<List<String>> documents = new ArrayList<>();
		Random random = new Random(3);
		for (int d = 0; d < 300; d++) {
			boolean school = d % 2 == 0;
			List<String> doc = new ArrayList<>();
			for (int w = 0; w < 12; w++) {
				List<String> topic = school ? List.of("学校", "老师", "学生", "补课") : List.of("工地", "噪音", "夜间", "施工");
				doc.add(topic.get(random.nextInt(4)));
			}
			documents.add(doc);
		}
		ClassifierVectors vectors = new ClassifierVectorsBuilder(1, 100, 3, 2).build(documents);
		double sameTopic = dot(vectors.embed(List.of("老师")), vectors.embed(List.of("补课")));
		double otherTopic = dot(vectors.embed(List.of("老师")), vectors.embed(List.of("噪音")));
		assertThat(sameTopic).isGreaterThan(otherTopic + 0.5);
	}

	@Test
	void storedVectorsEmbedLikeTheOriginalsToOneByteOfPrecision() throws IOException {
		ClassifierVectors original = new ClassifierVectors(Map.of("噪音", 0, "工地", 1), 3,
				new float[] { 0.5f, -0.25f, 0.1f, 0.02f, 0.3f, -0.7f });
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		original.write(bytes);
		ClassifierVectors restored = ClassifierVectors.read(new ByteArrayInputStream(bytes.toByteArray()));
		float[] a = original.embed(List.of("噪音", "工地", "未知"));
		float[] b = restored.embed(List.of("噪音", "工地", "未知"));
		for (int d = 0; d < 3; d++) {
			assertThat(b[d]).isCloseTo(a[d], within(0.01f));
		}
		assertThat(dot(a, a)).isCloseTo(1.0, within(1e-6));
		assertThat(restored.embed(List.of("未知"))).containsOnly(0f);
	}

	@Test
	void theShippedVectorsCoverTheCommonWords() {
		ClassifierVectors shipped = ClassifierVectors.shipped();
		assertThat(shipped.words()).isGreaterThan(10_000);
		assertThat(dot(shipped.embed(List.of("小区")), shipped.embed(List.of("小区")))).isCloseTo(1.0, within(1e-5));
	}

	private static double dot(float[] a, float[] b) {
		double s = 0;
		for (int d = 0; d < a.length; d++) {
			s += a[d] * b[d];
		}
		return s;
	}

}
