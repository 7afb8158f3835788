package org.onedoor.appeals.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.onedoor.shared.cli.BatchCommand;

/**
 * {@code classifier-evaluate [--input=labelled.csv] [--folds=10] [--rounds=20] [--seed=7]}: cross-validated
 * accuracy of the classifier and its speed, measured with a plain loop on one thread (the figures in
 * docs/routing.md come from here). {@code --lexicon}, {@code --tree}, {@code --dense}, {@code --cilin}, {@code --epochs},
 * {@code --rate} and {@code --l2} evaluate a variant of the shipped setting ({@link ClassifierTrainer#variant});
 * {@code --rounds=0} skips the speed loop.
 */
public final class ClassifierBenchmarkCommand implements BatchCommand {

	@Override
	public String name() {
		return "classifier-evaluate";
	}

	@Override
	public String summary() {
		return "分类器交叉验证与速度 / cross-validated accuracy and speed of the classifier: [--input=labelled.csv] [--folds=10] [--rounds=20] [--seed=7] [--lexicon=true] [--tree=true] [--dense=0.5] [--cilin=5]";
	}

	@Override
	public int run(Map<String, String> options, PrintStream out, PrintStream err) {
		List<ClassifierExample> examples;
		int folds;
		int rounds;
		long seed;
		ClassifierTrainer trainer;
		try {
			folds = Integer.parseInt(options.getOrDefault("folds", "10"));
			rounds = Integer.parseInt(options.getOrDefault("rounds", "20"));
			seed = Long.parseLong(options.getOrDefault("seed", "7"));
			trainer = ClassifierTrainer.variant(options);
			examples = options.containsKey("input") ? read(Path.of(options.get("input"))) : ClassifierTraining.shipped();
		}
		catch (NumberFormatException ex) {
			err.println("--folds、--rounds、--seed 应为整数，其他数值参数应为数字 / --folds, --rounds and --seed must be whole numbers, other options numbers");
			return 64;
		}
		catch (IOException | ClassifierCsv.BadFileException ex) {
			err.println("无法读取输入文件 / cannot read the input file: " + ex.getMessage());
			return 65;
		}
		if (folds < 2 || folds > examples.size() || rounds < 0) {
			err.println("--folds 应在 2 与样本数之间 / --folds must be between 2 and the number of examples");
			return 64;
		}
		ClassifierEvaluation.Result r = ClassifierEvaluation.crossValidate(examples, folds, trainer, seed);
		out.printf("%d-fold cross-validation on %d messages (split seed %d): top-1 %.4f, top-3 %.4f%n", folds, r.examples(),
				seed, r.top1(), r.top3());
		r.perCategory().forEach((category, v) -> out.printf("  %s\tn=%.0f\ttop-1 %.3f\ttop-3 %.3f%n", category, v[0],
				v[1], v[2]));
		if (rounds == 0) {
			return 0;
		}
		ClassifierModel model = trainer.train(examples);
		long sink = 0;
		for (int warm = 0; warm < 5; warm++) {
			sink += loop(model, examples);
		}
		// CPU time as well as wall time: on a shared machine the wall clock also counts other processes
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpuStart = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		for (int round = 0; round < rounds; round++) {
			sink += loop(model, examples);
		}
		double count = (double) rounds * examples.size();
		double micros = (System.nanoTime() - start) / 1000.0 / count;
		double cpuMicros = (threads.getCurrentThreadCpuTime() - cpuStart) / 1000.0 / count;
		out.printf("classification: %.1f µs per message on one thread, %.1f µs of CPU (%d × %d messages, model %d KB) [%d]%n",
				micros, cpuMicros, rounds, examples.size(), model.toBytes().length / 1024, sink % 10);
		return 0;
	}

	private static long loop(ClassifierModel model, List<ClassifierExample> examples) {
		long sum = 0;
		for (ClassifierExample e : examples) {
			sum += model.classify(e.title(), e.content()).get(0).category().length();
		}
		return sum;
	}

	private static List<ClassifierExample> read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return ClassifierCsv.examples(in);
		}
	}

}
