package org.onedoor.shared.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** Finds the batch command named on the command line and runs it with its options. */
public final class BatchCommands {

	/** Exit status for a command line that names a command but cannot be understood. */
	public static final int USAGE = 64;

	private BatchCommands() {
	}

	public static Optional<BatchCommand> find(String name) {
		return ServiceLoader.load(BatchCommand.class)
			.stream()
			.map(ServiceLoader.Provider::get)
			.filter(command -> command.name().equals(name))
			.findFirst();
	}

	public static int run(BatchCommand command, String[] args, PrintStream out, PrintStream err) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			int equals = arg.indexOf('=');
			if (arg.matches("--\\w[\\w-]*")) {
				// a bare switch such as --rebuild-indexes means --rebuild-indexes=true
				options.put(arg.substring(2), "true");
				continue;
			}
			if (!arg.startsWith("--") || equals < 3) {
				err.println("参数应写成 --名称=值 或 --开关 / options look like --name=value or --switch: " + arg);
				err.println(command.name() + ": " + command.summary());
				return USAGE;
			}
			options.put(arg.substring(2, equals), arg.substring(equals + 1));
		}
		return command.run(options, out, err);
	}

}
