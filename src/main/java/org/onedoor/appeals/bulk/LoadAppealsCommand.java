package org.onedoor.appeals.bulk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.onedoor.shared.cli.BatchCommand;

/**
 * {@code load-appeals --base=URL --kind=open311|channel|track --clients=8 --seconds=60
 * --acks=FILE}: closed-loop load, each client sending its next request when the last is
 * answered. Intake retries a failed or unanswered submission with the same Idempotency-Key (as a
 * careful client does) and appends every acknowledgement to FILE ({@code key,number,mobile});
 * {@code track} looks those appeals up. Prints throughput and p50/p95/p99. With
 * {@code --per-second=FILE} it also writes how every second was answered
 * ({@code second,ok,s503,other,ioerr}), for outage drills.
 */
public final class LoadAppealsCommand implements BatchCommand {

	private static final Pattern NUMBER = Pattern.compile("\"(?:service_request_id|trackingNumber)\"\\s*:\\s*\"([0-9A-Z]{13})\"");

	@Override
	public String name() {
		return "load-appeals";
	}

	@Override
	public String summary() {
		return "压测受理和查询 / drive intake or tracking load: --base=URL --kind=open311|channel|track --clients=8 --seconds=60 --acks=FILE [--per-second=FILE]";
	}

	@Override
	public int run(Map<String, String> options, PrintStream out, PrintStream err) {
		String kind = options.getOrDefault("kind", "open311");
		int clients;
		int seconds;
		try {
			clients = Integer.parseInt(options.getOrDefault("clients", "8"));
			seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
		}
		catch (NumberFormatException ex) {
			err.println("--clients 和 --seconds 应为整数 / --clients and --seconds must be whole numbers");
			return 2;
		}
		Path acks = Path.of(options.getOrDefault("acks", "acks.csv"));
		try {
			URI base = URI.create(options.getOrDefault("base", "http://127.0.0.1:8080"));
			LoadRequests requests = new LoadRequests(base, texts(options), options.getOrDefault("open311-key", "onedoor-demo-key"),
					options.getOrDefault("channel-key", "onedoor-demo-wechat-key"));
			List<String[]> known = "track".equals(kind) ? Files.readAllLines(acks).stream().map(l -> l.split(",")).toList() : List.of();
			// a POST whose answer was lost is retried by this command itself, with its Idempotency-Key, and
			// counted; the JDK must not resend it silently
			System.setProperty("sun.net.http.retryPost", "false");
			Run run = new Run(requests, kind, known,
					Files.newBufferedWriter(acks, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
					System.nanoTime() + seconds * 1_000_000_000L);
			Thread[] threads = new Thread[clients];
			for (int i = 0; i < clients; i++) {
				long seed = i;
				threads[i] = new Thread(() -> run.client(new SplittableRandom(seed * 7919 + System.nanoTime())));
				threads[i].start();
			}
			for (Thread thread : threads) {
				thread.join();
			}
			run.acks.close();
			String perSecond = options.get("per-second");
			if (perSecond != null) {
				try (var csv = Files.newBufferedWriter(Path.of(perSecond), StandardCharsets.UTF_8)) {
					run.timeline.writeCsv(csv);
				}
			}
			out.printf("%s clients=%d seconds=%d ok=%d throughput=%.1f/s p50=%.1fms p95=%.1fms p99=%.1fms retries=%d failures=%s%n",
					kind, clients, seconds, run.latencies.count(), run.latencies.count() / (double) seconds,
					run.latencies.millisAt(50), run.latencies.millisAt(95), run.latencies.millisAt(99), run.retries.get(),
					run.failures);
			return 0;
		}
		catch (IOException | IllegalArgumentException ex) {
			err.println("无法运行 / cannot run: " + ex);
			return 2;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 1;
		}
	}

	private static List<String[]> texts(Map<String, String> options) throws IOException {
		return AppealTexts.load(Path.of(options.getOrDefault("data", "../shared/data")))
			.messages()
			.stream()
			.map(m -> new String[] { m.title(), m.content() })
			.toList();
	}

	private record Answer(int status, String body) {
	}

	/** One run's shared state: the clients, what they measured, and the acknowledgements file. */
	private record Run(LoadRequests requests, String kind, List<String[]> known, BufferedWriter acks,
			long deadline, Latencies latencies, AtomicLong retries, Map<String, AtomicLong> failures,
			StatusTimeline timeline) {

		Run(LoadRequests requests, String kind, List<String[]> known, BufferedWriter acks, long deadline) {
			this(requests, kind, known, acks, deadline, new Latencies(), new AtomicLong(),
					new ConcurrentSkipListMap<>(), new StatusTimeline());
		}

		void client(SplittableRandom random) {
			while (System.nanoTime() < deadline) {
				if ("track".equals(kind)) {
					String[] ack = known.get(random.nextInt(known.size()));
					send(requests.track(ack[1], ack[2]));
					continue;
				}
				String key = UUID.randomUUID().toString();
				LoadRequests.Intake intake = "channel".equals(kind) ? requests.channel(random, key) : requests.open311(random, key);
				// the same request again until it is acknowledged: retries must not double it
				for (int attempt = 0; System.nanoTime() < deadline + 60_000_000_000L; attempt++) {
					Answer answer = send(intake.request());
					if (answer.status() / 100 == 2) {
						Matcher number = NUMBER.matcher(answer.body());
						if (number.find()) {
							acknowledge(key + "," + number.group(1) + "," + intake.mobile());
						}
						break;
					}
					if (answer.status() > 0 && answer.status() < 500 && answer.status() != 429) {
						break;
					}
					retries.incrementAndGet();
					pause(Math.min(2000, 100L << Math.min(attempt, 4)));
				}
			}
		}

		/**
		 * The answer (status -1 when none came), counting what was not a success. The JDK's plain
		 * blocking connection, not {@code java.net.http.HttpClient}: on the same two cores as the
		 * app, the asynchronous client cost about 0.7 ms of CPU per request, the blocking one about
		 * 0.25 — CPU the app being measured did not get (docs/benchmarks.md).
		 */
		private Answer send(LoadRequests.Request request) {
			long started = System.nanoTime();
			try {
				HttpURLConnection http = (HttpURLConnection) request.uri().toURL().openConnection();
				http.setConnectTimeout(5_000);
				http.setReadTimeout(30_000);
				http.setUseCaches(false);
				request.headers().forEach(http::setRequestProperty);
				if (request.body() != null) {
					http.setRequestMethod("POST");
					http.setDoOutput(true);
					http.setFixedLengthStreamingMode(request.body().length);
					try (OutputStream out = http.getOutputStream()) {
						out.write(request.body());
					}
				}
				int status = http.getResponseCode();
				String body;
				// read to the end, so the connection goes back to the keep-alive cache
				try (InputStream in = status < 400 ? http.getInputStream() : http.getErrorStream()) {
					body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
				if (status / 100 == 2) {
					latencies.add(System.nanoTime() - started);
				}
				else {
					failures.computeIfAbsent("HTTP " + status, k -> new AtomicLong()).incrementAndGet();
				}
				timeline.add(Instant.now().getEpochSecond(), status);
				return new Answer(status, body);
			}
			catch (IOException ex) {
				failures.computeIfAbsent(ex.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
				timeline.add(Instant.now().getEpochSecond(), -1);
			}
			return new Answer(-1, "");
		}

		private synchronized void acknowledge(String line) {
			try {
				acks.write(line);
				acks.newLine();
				acks.flush();
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

		private static void pause(long millis) {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
