package org.onedoor;

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
		SpringApplication.run(OneDoorApplication.class, args);
	}

}
