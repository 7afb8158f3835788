package org.onedoor.shared.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BatchCommandsTests {

	/** Registered for tests only, in src/test/resources/META-INF/services. */
	public static class Echo implements BatchCommand {

		@Override
		public String name() {
			return "echo-for-tests";
		}

		@Override
		public String summary() {
			return "回显 / echo";
		}

		@Override
		public int run(Map<String, String> options, PrintStream out, PrintStream err) {
			out.print(options);
			return options.containsKey("fail") ? 2 : 0;
		}

	}

	@Test
	void findsACommandByNameAndPassesItsOptions() {
		BatchCommand echo = BatchCommands.find("echo-for-tests").orElseThrow();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = BatchCommands.run(echo, new String[] { "echo-for-tests", "--input=留言.csv", "--top=10" },
				new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
		assertThat(status).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{input=留言.csv, top=10}");
		assertThat(BatchCommands.find("serve")).isEmpty();
	}

	@Test
	void aSwitchWithoutValueMeansTrue() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = BatchCommands.run(BatchCommands.find("echo-for-tests").orElseThrow(),
				new String[] { "echo-for-tests", "--input=a.csv", "--rebuild-indexes" },
				new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
		assertThat(status).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{input=a.csv, rebuild-indexes=true}");
	}

	@Test
	void aMalformedOptionIsAUsageErrorInBothLanguages() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = BatchCommands.run(BatchCommands.find("echo-for-tests").orElseThrow(),
				new String[] { "echo-for-tests", "input.csv" }, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(status).isEqualTo(BatchCommands.USAGE);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("参数应写成").contains("options look like");
	}

}
