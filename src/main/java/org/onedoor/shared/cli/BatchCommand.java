package org.onedoor.shared.cli;

import java.io.PrintStream;
import java.util.Map;

/**
 * A batch job run as {@code java -jar onedoor.jar NAME --key=value ...} instead of the server,
 * for files people bring (classify old appeals, find hot topics). It starts no server and no
 * database, so it runs anywhere the jar does. Implementations are listed in
 * {@code META-INF/services/org.onedoor.shared.cli.BatchCommand}.
 */
public interface BatchCommand {

	/** The first word on the command line, e.g. {@code classify}. */
	String name();

	/** One line for {@code --help}, Chinese then English. */
	String summary();

	/**
	 * @param options the {@code --key=value} pairs
	 * @return the process exit status: 0 on success
	 */
	int run(Map<String, String> options, PrintStream out, PrintStream err);

}
