package org.onedoor.network;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Coverage and where-to-go are public information, for anyone and any system. */
@RestController
@RequestMapping("/api/network")
class NetworkApi {

	private final ServiceNetwork network;

	NetworkApi(ServiceNetwork network) {
		this.network = network;
	}

	@GetMapping("/coverage")
	Coverage coverage(@RequestParam(defaultValue = "52") String division) {
		return network.coverage(division);
	}

	@GetMapping("/points")
	List<NearbyPoint> points(@RequestParam(required = false) String item, @RequestParam(required = false) String division) {
		return network.whereToGo(item, division);
	}

}
