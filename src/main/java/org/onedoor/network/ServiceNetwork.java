package org.onedoor.network;

import java.util.List;

import org.springframework.stereotype.Service;

/** What other modules may ask of the service network. */
@Service
public class ServiceNetwork {

	private final CoverageQueries coverage;

	private final WhereToGo whereToGo;

	ServiceNetwork(CoverageQueries coverage, WhereToGo whereToGo) {
		this.coverage = coverage;
		this.whereToGo = whereToGo;
	}

	/** Coverage of a division (12-digit code, or 2, 4, 6, 9 significant digits) and of each division directly below it. */
	public Coverage coverage(String divisionCode) {
		return coverage.of(DivisionParam.read("division", divisionCode));
	}

	/** Active points handling the published item in, below (for a township) and above the division, nearest first. */
	public List<NearbyPoint> whereToGo(String itemCode, String divisionCode) {
		return whereToGo.find(itemCode, divisionCode);
	}

	/** The link a guide page puts next to an item: the citizen chooses a division there. */
	public static String whereToGoPath(String itemCode) {
		return "/hall/where?item=" + java.net.URLEncoder.encode(itemCode, java.nio.charset.StandardCharsets.UTF_8);
	}

}
