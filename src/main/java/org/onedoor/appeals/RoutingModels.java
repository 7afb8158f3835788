package org.onedoor.appeals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onedoor.appeals.routing.ClassifierEvaluation;
import org.onedoor.appeals.routing.ClassifierExample;
import org.onedoor.appeals.routing.ClassifierModel;
import org.onedoor.appeals.routing.ClassifierScore;
import org.onedoor.appeals.routing.ClassifierTrainer;
import org.onedoor.appeals.routing.ClassifierTraining;
import org.onedoor.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The category classifier in use, and its retraining. A fixed, content-based fifth of all examples
 * (shipped and learned) is never trained on, so a candidate and the current model are always scored on
 * messages neither saw; the candidate replaces the current model only when it scores higher.
 */
@Service
class RoutingModels {

	/** How often a node checks whether another node activated a newer model. */
	private static final long REFRESH_MILLIS = 60_000;

	private final RoutingModelStore store;

	private final ClassifierTrainer trainer = new ClassifierTrainer();

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final AuditLog audit;

	private volatile Loaded loaded;

	private record Loaded(int version, ClassifierModel model, long checkedAt) {
	}

	/** The outcome of a retraining run. */
	record Outcome(int version, double candidateAccuracy, double currentAccuracy, boolean replaced) {
	}

	RoutingModels(RoutingModelStore store, Clock clock, PlatformTransactionManager transactions, AuditLog audit) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Top categories with confidence for an appeal's text. */
	List<ClassifierScore> suggest(String title, String content, int top) {
		List<ClassifierScore> ranked = current().classify(title, content);
		return ranked.subList(0, Math.min(top, ranked.size()));
	}

	ClassifierModel current() {
		Loaded now = loaded;
		long millis = clock.millis();
		if (now != null && millis - now.checkedAt() < REFRESH_MILLIS) {
			return now.model();
		}
		Optional<Integer> active = store.activeVersion();
		if (now != null && active.isPresent() && active.get() == now.version()) {
			loaded = new Loaded(now.version(), now.model(), millis);
			return now.model();
		}
		RoutingModelStore.Active stored = store.active().orElseGet(this::trainInitial);
		Loaded fresh = new Loaded(stored.version(), ClassifierModel.fromBytes(stored.model()), millis);
		loaded = fresh;
		return fresh.model();
	}

	/** The first model, from the shipped messages, made once whichever node asks first. */
	RoutingModelStore.Active trainInitial() {
		return transaction.execute(status -> trainInitialLocked());
	}

	private RoutingModelStore.Active trainInitialLocked() {
		store.lock();
		return store.active().orElseGet(() -> {
			Split split = split(ClassifierTraining.shipped());
			ClassifierModel model = trainer.train(split.train());
			double accuracy = ClassifierEvaluation.accuracy(model, split.heldBack());
			byte[] bytes = model.toBytes();
			int version = store.save(clock.instant(), "INITIAL", split.train().size(), split.heldBack().size(),
					accuracy, null, bytes);
			return new RoutingModelStore.Active(version, bytes);
		});
	}

	/** Trains a candidate on all examples but the held-back fifth; keeps it only if it scores better. */
	Outcome retrain(String trigger) {
		return transaction.execute(status -> retrainLocked(trigger));
	}

	private Outcome retrainLocked(String trigger) {
		store.lock();
		ClassifierModel current = store.active()
			.map(a -> ClassifierModel.fromBytes(a.model()))
			.orElseGet(() -> ClassifierModel.fromBytes(trainInitialLocked().model()));
		List<ClassifierExample> all = new ArrayList<>(ClassifierTraining.shipped());
		all.addAll(store.examples());
		Split split = split(all);
		ClassifierModel candidate = trainer.train(split.train());
		double candidateScore = ClassifierEvaluation.accuracy(candidate, split.heldBack());
		double currentScore = ClassifierEvaluation.accuracy(current, split.heldBack());
		boolean better = candidateScore > currentScore;
		int version = store.save(clock.instant(), trigger, split.train().size(), split.heldBack().size(),
				candidateScore, currentScore, better ? candidate.toBytes() : null);
		audit.record("appeals.routing.retrained", "routing-model", String.valueOf(version),
				String.format(java.util.Locale.ROOT, "%s: candidate %.4f, current %.4f on %d held back → %s", trigger,
						candidateScore, currentScore, split.heldBack().size(), better ? "replaced" : "kept"));
		loaded = null;
		return new Outcome(version, candidateScore, currentScore, better);
	}

	private record Split(List<ClassifierExample> train, List<ClassifierExample> heldBack) {
	}

	/** By a hash of the text, so an example is on the same side in every run and on every node. */
	private static Split split(List<ClassifierExample> examples) {
		List<ClassifierExample> train = new ArrayList<>();
		List<ClassifierExample> heldBack = new ArrayList<>();
		for (ClassifierExample e : examples) {
			int hash = (e.title() + "\n" + e.content()).hashCode();
			(Math.floorMod(hash, 5) == 0 ? heldBack : train).add(e);
		}
		return new Split(train, heldBack);
	}

}
