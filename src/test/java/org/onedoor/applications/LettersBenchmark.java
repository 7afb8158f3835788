package org.onedoor.applications;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onedoor.applications.Letters.Letter;

import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * How long a receipt takes to write (PDF, embedded CJK subset, QR code), on one thread after a
 * warm-up. Runs only when asked: {@code ./mvnw -q test -Dtest=LettersBenchmark -Dbenchmark=true}.
 * Prints the figures; docs/benchmarks.md keeps them with machine and date.
 */
class LettersBenchmark {

	@Test
	void receipts() {
		assumeThat(Boolean.getBoolean("benchmark")).as("run with -Dbenchmark=true").isTrue();
		Letters letters = new Letters();
		Letter receipt = new Letter("受理通知书", List.of("编号：SB20261126000123", "王大妈：",
				"你（单位）提交的“城市建筑垃圾处置核准”申请，申请材料齐全、符合法定形式，本机关于 2026-11-26 决定予以受理。"
						+ "本事项承诺在 5 个工作日内办结，预计 2026-12-03 前办结（补正期间不计算在内）。",
				"扫描右下角二维码或登录“一门通”办件查询，可随时查看办理进度。", "南明区花果园街道便民服务中心", "2026-11-26"),
				"https://onedoor.example.gov.cn/hall/track?number=SB20261126000123");
		for (int i = 0; i < 50; i++) {
			letters.render(receipt);
		}
		int n = 500;
		long[] nanos = new long[n];
		int bytes = 0;
		for (int i = 0; i < n; i++) {
			long start = System.nanoTime();
			bytes = letters.render(receipt).length;
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		System.out.printf("LettersBenchmark receipts=%d size=%d bytes p50=%.1f ms p99=%.1f ms max=%.1f ms%n", n, bytes,
				nanos[n / 2] / 1e6, nanos[n * 99 / 100] / 1e6, nanos[n - 1] / 1e6);
	}

}
