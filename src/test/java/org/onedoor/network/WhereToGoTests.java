package org.onedoor.network;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Where to go for an item: in and above the citizen's division, nearest first; public, bilingual. */
class WhereToGoTests extends NetworkTestSupport {

	static final String ITEM = "TEST-NET-WHERE";

	/** A covered village of another county: never offered to someone in 南明区. */
	String elsewhere;

	@BeforeEach
	void itemAtEveryLevel() {
		publishedItem(ITEM, "网点测试事项");
		for (String division : new String[] { JINIANTA, XINHUALU, NANMING, "520100000000", "520000000000" }) {
			link(pointAt(division), ITEM);
		}
		elsewhere = jdbc.sql("select min(division_code) from network.point where level = 'VILLAGE' and division_code like '520123%'")
			.query(String.class).single();
		link(pointAt(elsewhere), ITEM);
	}

	@Test
	void nearestFirstFromAVillage() throws Exception {
		mvc.perform(get("/api/network/points").param("item", ITEM).param("division", JINIANTA).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(5))
			.andExpect(jsonPath("$[0].point.divisionCode").value(JINIANTA))
			.andExpect(jsonPath("$[0].point.name").value("纪念塔社区便民服务站"))
			.andExpect(jsonPath("$[0].point.kind").value("STATION"))
			.andExpect(jsonPath("$[0].distance").value(0))
			.andExpect(jsonPath("$[0].openNow").isBoolean())
			.andExpect(jsonPath("$[1].point.divisionCode").value(XINHUALU))
			.andExpect(jsonPath("$[2].point.divisionCode").value(NANMING))
			.andExpect(jsonPath("$[3].point.divisionCode").value("520100000000"))
			.andExpect(jsonPath("$[4].point.divisionCode").value("520000000000"))
			.andExpect(jsonPath("$[4].mapLink").value(containsString("openstreetmap.org")))
			.andExpect(jsonPath("$[*].point.divisionCode").value(not(org.hamcrest.Matchers.hasItem(elsewhere))));
	}

	@Test
	void fromATownshipItsVillagesComeRightAfterItsCentre() throws Exception {
		mvc.perform(get("/api/network/points").param("item", ITEM).param("division", XINHUALU))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].point.divisionCode").value(XINHUALU))
			.andExpect(jsonPath("$[1].point.divisionCode").value(JINIANTA))
			.andExpect(jsonPath("$[1].distance").value(1))
			.andExpect(jsonPath("$[2].point.divisionCode").value(NANMING));
	}

	@Test
	void shortCodesWorkAndAClosedPointIsNotOffered() throws Exception {
		mvc.perform(get("/api/network/points").param("item", ITEM).param("division", "5201"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2));
		long county = pointAt(NANMING);
		jdbc.sql("update network.point set active = false where id = ?").param(county).update();
		try {
			mvc.perform(get("/api/network/points").param("item", ITEM).param("division", JINIANTA))
				.andExpect(jsonPath("$.length()").value(4));
		}
		finally {
			jdbc.sql("update network.point set active = true where id = ?").param(county).update();
		}
	}

	@Test
	void theLawyersLicenceIsTakenInAtTheCityCentreThenTheProvince() throws Exception {
		mvc.perform(get("/api/network/points").param("item", "520000-000148001000").param("division", JINIANTA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].point.name").value("贵阳市政务服务中心"))
			.andExpect(jsonPath("$[1].point.name").value("贵州省政务服务中心"))
			.andExpect(jsonPath("$[1].point.address").value("贵州省贵阳市观山湖区长岭北路6号"));
	}

	@Test
	void pensionEnrolmentIsHandledInTheVillagesOfXiuwen() throws Exception {
		String village = jdbc.sql("select min(division_code) from network.point where level = 'VILLAGE' and division_code like '520123%'")
			.query(String.class).single();
		mvc.perform(get("/api/network/points").param("item", "520123-000412005000").param("division", village))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].point.divisionCode").value(village))
			.andExpect(jsonPath("$[0].point.agentService").value(true))
			.andExpect(jsonPath("$[1].point.kind").value("HUB"))
			.andExpect(jsonPath("$[2].point.name").value("修文县政务服务中心"));
	}

	@Test
	void badInputIsAClearClientError() throws Exception {
		mvc.perform(get("/api/network/points").param("division", JINIANTA))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.messages['zh-CN']").value("请指明要办理的事项。"));
		mvc.perform(get("/api/network/points").param("item", "NO-SUCH-ITEM").param("division", JINIANTA))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/network/points").param("item", ITEM).param("division", "52010201600X"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/network/points").param("item", ITEM).param("division", "529999999999"))
			.andExpect(status().isNotFound());
	}

	@Test
	void thePublicPageNeedsNoSignInAndSpeaksBothLanguages() throws Exception {
		mvc.perform(get("/hall/where").param("item", ITEM).param("division", JINIANTA))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("到哪儿办：网点测试事项")))
			.andExpect(content().string(containsString("纪念塔社区便民服务站")))
			.andExpect(content().string(containsString("周一至周五")))
			.andExpect(content().string(containsString("tel:")));
		mvc.perform(get("/hall/where").param("item", ITEM).param("division", NANMING).param("q", "纪念塔").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Where to go")))
			.andExpect(content().string(containsString("Mon to Fri")))
			.andExpect(content().string(containsString("division=520102016001")));
		mvc.perform(get("/hall/where").param("item", ITEM).param("division", "abc"))
			.andExpect(status().isBadRequest());
	}

}
