package org.onedoor;

import org.onedoor.shared.cli.BatchCommand;
import org.onedoor.shared.cli.BatchCommands;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * OneDoor (一门通): one door for every government service, appeal and neighbourhood.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class OneDoorApplication {

	public static void main(String[] args) {
		var command = args.length > 0 ? BatchCommands.find(args[0]) : java.util.Optional.<BatchCommand>empty();
		if (command.isPresent()) {
			System.exit(BatchCommands.run(command.get(), args, System.out, System.err));
		}
		SpringApplication.run(OneDoorApplication.class, args);
	}

}
