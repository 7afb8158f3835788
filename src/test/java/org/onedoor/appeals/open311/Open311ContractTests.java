package org.onedoor.appeals.open311;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every GeoReport v2 read endpoint, in both formats, against the published schemas and the demo data. */
@SpringBootTest
@AutoConfigureMockMvc
class Open311ContractTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void discoveryInBothFormats() throws Exception {
		JsonNode json = jsonOf("/open311/v2/discovery.json");
		assertThat(json.get("changeset").stringValue()).isNotBlank();
		JsonNode endpoint = json.get("endpoints").get(0);
		assertThat(endpoint.get("specification").stringValue()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
		assertThat(endpoint.get("url").stringValue()).endsWith("/open311/v2");
		assertThat(endpoint.get("formats").toString()).contains("text/xml", "application/json");

		Open311Xml xml = xmlOf("/open311/v2/discovery.xml");
		assertThat(xml.root()).isEqualTo("discovery");
		assertThat(xml.count("/discovery/endpoints/endpoint/formats/format")).isEqualTo(2);
		assertThat(xml.text("/discovery/endpoints/endpoint/type")).isEqualTo("production");
	}

	@Test
	void servicesAreTheFirstAndSecondLevelCategories() throws Exception {
		String body = bodyOf("/open311/v2/services.json");
		JsonNode services = Open311Schemas.valid("services.json", body);
		long categories = jdbc.sql("select count(*) from appeals.category where active and level <= 2").query(Long.class).single();
		assertThat(services.size()).isEqualTo((int) categories);
		JsonNode water = find(services, "1012");
		assertThat(water.get("service_name").stringValue()).isEqualTo("水利水电");
		assertThat(water.get("group").stringValue()).isEqualTo("农村农业");
		assertThat(water.get("metadata").booleanValue()).isTrue();
		assertThat(find(services, "0109").get("service_name").stringValue()).isEqualTo("其他（城乡建设）");
		for (JsonNode service : services) {
			Open311Schemas.valid("service.json", service.toString());
		}

		Open311Xml xml = xmlOf("/open311/v2/services.xml");
		assertThat(xml.count("/services/service")).isEqualTo((int) categories);
		assertThat(xml.text("/services/service[service_code='0102']/service_name")).isEqualTo("城市建设和市政管理");
		assertThat(xml.text("/services/service[service_code='0102']/type")).isEqualTo("realtime");
	}

	@Test
	void serviceDefinitionOffersTypeAndSubcategory() throws Exception {
		JsonNode definition = Open311Schemas.valid("service-definition.json", bodyOf("/open311/v2/services/0102.json"));
		assertThat(definition.get("service_code").stringValue()).isEqualTo("0102");
		JsonNode attributes = definition.get("attributes");
		assertThat(attributes.get(0).get("code").stringValue()).isEqualTo("appeal_type");
		assertThat(attributes.get(0).get("values").toString()).contains("COMPLAINT", "投诉");
		assertThat(attributes.get(1).get("code").stringValue()).isEqualTo("subcategory");
		assertThat(attributes.get(1).get("values").toString()).contains("010201", "园林绿化环卫");

		Open311Xml xml = xmlOf("/open311/v2/services/0102.xml");
		assertThat(xml.root()).isEqualTo("service_definition");
		assertThat(xml.text("/service_definition/attributes/attribute[code='subcategory']/datatype"))
			.isEqualTo("singlevaluelist");
		long subcategories = jdbc.sql("select count(*) from appeals.category where parent_code = '0102' and active")
			.query(Long.class)
			.single();
		assertThat(xml.count("/service_definition/attributes/attribute[code='subcategory']/values/value"))
			.isEqualTo((int) subcategories)
			.isGreaterThanOrEqualTo(16);
	}

	@Test
	void unknownServiceIs404InTheSpecificationsErrorFormat() throws Exception {
		String json = mvc.perform(get("/open311/v2/services/9999.json"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode errors = JSON.readTree(json);
		assertThat(errors.get(0).get("code").intValue()).isEqualTo(404);
		assertThat(errors.get(0).get("description").stringValue()).contains("9999", "没有这个服务", "no such service");

		String xml = mvc.perform(get("/open311/v2/services/9999.xml"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("text/xml"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Open311Xml errorsXml = Open311Xml.parse(xml);
		assertThat(errorsXml.text("/errors/error/code")).isEqualTo("404");
		assertThat(errorsXml.text("/errors/error/description")).contains("service_code");
	}

	@Test
	void requestsListsPublicDemoAppealsOfTheLast90Days() throws Exception {
		JsonNode requests = Open311Schemas.valid("requests.json", bodyOf("/open311/v2/requests.json"));
		long expected = jdbc.sql("""
				select count(*) from appeals.appeal where not confidential and channel <> 'PETITION' and type <> 'REPORT'
				and category_code is not null and registered_at >= now() - interval '90 days'""").query(Long.class).single();
		assertThat(requests.size()).isEqualTo((int) expected).isGreaterThan(100);
		for (JsonNode request : requests) {
			Open311Schemas.valid("request.json", request.toString());
		}
		assertThat(requests.findValuesAsString("status")).contains("open", "closed");
		JsonNode closed = null;
		for (JsonNode request : requests) {
			if (request.get("status").stringValue().equals("closed") && !request.get("status_notes").isNull()) {
				closed = request;
				break;
			}
		}
		assertThat(closed).as("a closed request with the reply as status_notes").isNotNull();
		assertThat(closed.get("agency_responsible").isNull() && closed.get("status_notes").isNull()).isFalse();
		String everything = requests.toString();
		assertThat(everything).doesNotContain("A市", "西地省", "1380000000");

		Open311Xml xml = xmlOf("/open311/v2/requests.xml");
		assertThat(xml.count("/service_requests/request")).isEqualTo((int) expected);
		assertThat(xml.text("/service_requests/request[1]/service_request_id")).isEqualTo(requests.get(0).get("service_request_id").stringValue());
	}

	@Test
	void requestsFilterByIdsServiceCodeStatusAndDates() throws Exception {
		JsonNode all = jsonOf("/open311/v2/requests.json");
		String first = all.get(0).get("service_request_id").stringValue();
		String second = all.get(1).get("service_request_id").stringValue();
		JsonNode byIds = jsonOf("/open311/v2/requests.json?service_request_id=" + first + "," + second + "&status=closed&service_code=99");
		assertThat(byIds.findValuesAsString("service_request_id")).containsExactlyInAnyOrder(first, second);

		JsonNode environment = jsonOf("/open311/v2/requests.json?service_code=04");
		assertThat(environment.size()).isPositive();
		assertThat(environment.findValuesAsString("service_code")).allMatch(code -> code.startsWith("04"));
		JsonNode twoServices = jsonOf("/open311/v2/requests.json?service_code=0402,1012");
		assertThat(twoServices.findValuesAsString("service_code")).allMatch(c -> c.equals("0402") || c.equals("1012"))
			.contains("0402", "1012");

		assertThat(jsonOf("/open311/v2/requests.json?status=open").findValuesAsString("status")).containsOnly("open");
		assertThat(jsonOf("/open311/v2/requests.json?status=closed").findValuesAsString("status")).containsOnly("closed");
		assertThat(jsonOf("/open311/v2/requests.json?status=open,closed").size()).isEqualTo(all.size());

		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		String start = now.minus(7, ChronoUnit.DAYS).toString();
		JsonNode lastWeek = jsonOf("/open311/v2/requests.json?start_date=" + start + "&end_date=" + now);
		assertThat(lastWeek.size()).isPositive().isLessThan(all.size());
		assertThat(lastWeek.findValuesAsString("requested_datetime"))
			.allMatch(t -> !java.time.OffsetDateTime.parse(t).toInstant().isBefore(Instant.parse(start)));
		// a "+" left unencoded in the offset arrives as a space, and is forgiven
		assertThat(jsonOf("/open311/v2/requests.json?start_date=2026-01-01T00:00:00 08:00&end_date=2026-01-02").size())
			.isZero();
	}

	@Test
	void oneRequestInBothFormatsAnd404ForUnknownOrConfidential() throws Exception {
		String id = jsonOf("/open311/v2/requests.json").get(0).get("service_request_id").stringValue();
		JsonNode one = Open311Schemas.valid("requests.json", bodyOf("/open311/v2/requests/" + id + ".json"));
		assertThat(one.size()).isEqualTo(1);
		assertThat(one.get(0).get("service_request_id").stringValue()).isEqualTo(id);
		Open311Xml xml = xmlOf("/open311/v2/requests/" + id + ".xml");
		assertThat(xml.text("/service_requests/request/service_request_id")).isEqualTo(id);

		mvc.perform(get("/open311/v2/requests/2611ABCDEFGHJ.json")).andExpect(status().isNotFound());
		String confidential = jdbc.sql("select tracking_number from appeals.appeal where confidential limit 1")
			.query(String.class)
			.single();
		mvc.perform(get("/open311/v2/requests/" + confidential + ".json")).andExpect(status().isNotFound());
		String petition = jdbc.sql("select tracking_number from appeals.appeal where channel = 'PETITION' limit 1")
			.query(String.class)
			.single();
		mvc.perform(get("/open311/v2/requests/" + petition + ".xml")).andExpect(status().isNotFound());
		String report = jdbc.sql("select tracking_number from appeals.appeal where type = 'REPORT' and not confidential limit 1")
			.query(String.class)
			.single();
		mvc.perform(get("/open311/v2/requests/" + report + ".json")).andExpect(status().isNotFound());
	}

	@Test
	@org.springframework.transaction.annotation.Transactional
	void wordsAndExactPlaceOnlyForAppealsMadeInPublic() throws Exception {
		// rolled back after the test: the same complaint told to the hotline and posted on the board
		String told = org.onedoor.appeals.TrackingNumber.next(java.time.YearMonth.now()).value();
		String written = org.onedoor.appeals.TrackingNumber.next(java.time.YearMonth.now()).value();
		jdbc.sql("""
				insert into appeals.appeal(tracking_number, channel, type, title, content, category_code, division_code,
				    address, latitude, longitude, status, anonymous, reply, replied_at, registered_at, updated_at)
				select case c when 'HOTLINE' then :told else :written end, c, 'COMPLAINT', '楼下烧烤店油烟', '我是3栋2单元501的住户，电话13800001111，楼下烧烤店油烟太大',
				    '0102', '520103020000', '黔灵东路3栋2单元501', 26.58, 106.71, 'REPLIED', true,
				    '张先生您好，经核查已责令整改', now(), now(), now()
				from unnest(array['HOTLINE', 'MESSAGE_BOARD']) c""").param("told", told).param("written", written).update();
		JsonNode call = Open311Schemas.valid("requests.json", bodyOf("/open311/v2/requests/" + told + ".json")).get(0);
		assertThat(call.get("description").isNull()).isTrue();
		assertThat(call.get("status_notes").isNull()).isTrue();
		assertThat(call.get("lat").isNull()).isTrue();
		assertThat(call.get("address").stringValue()).doesNotContain("501").contains("黔灵东路街道");
		assertThat(call.get("service_code").stringValue()).isEqualTo("0102");

		JsonNode posted = Open311Schemas.valid("requests.json", bodyOf("/open311/v2/requests/" + written + ".json")).get(0);
		assertThat(posted.get("description").stringValue()).contains("烧烤店");
		assertThat(posted.get("status_notes").stringValue()).contains("整改");
		assertThat(posted.get("address").stringValue()).isEqualTo("黔灵东路3栋2单元501");
	}

	@Test
	void badFiltersAre400() throws Exception {
		assertError("/open311/v2/requests.json?status=pending", 400, "status");
		assertError("/open311/v2/requests.json?start_date=yesterday", 400, "start_date");
		assertError("/open311/v2/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z", 400,
				"90");
		assertError("/open311/v2/requests.json?start_date=2026-06-01T00:00:00Z&end_date=2026-01-01T00:00:00Z", 400,
				"start_date");
		assertError("/open311/v2/requests.json?service_code=01%25", 400, "service_code");
		assertError("/open311/v2/requests.json?service_request_id=nonsense", 400, "service_request_id");
		assertError("/open311/v2/requests.json?jurisdiction_id=elsewhere.example", 404, "jurisdiction_id");
		assertError("/open311/v2/requests.csv", 404, "format");
		assertError("/open311/v2/tokens/0123456789abcdef0123456789abcdef.json", 404, "token");
	}

	@Test
	@org.springframework.transaction.annotation.Transactional
	void atMost1000RequestsNewestFirst() throws Exception {
		// rolled back after the test: 1,050 appeals of the last hour on top of the demo's, the newest no
		// older than anything another test registered a moment ago (ties go to the higher id: these)
		jdbc.sql("""
				insert into appeals.appeal(tracking_number, channel, type, title, content, category_code, status, anonymous,
				    registered_at, updated_at)
				select 'L' || lpad(n::text, 12, '0'), 'OPEN311', 'COMPLAINT', '限额测试', '限额测试 ' || n, '0102', 'REGISTERED',
				    true, greatest(now(), (select max(registered_at) from appeals.appeal)) - (n - 1) * interval '1 second', now()
				from generate_series(1, 1050) n""").update();
		JsonNode requests = jsonOf("/open311/v2/requests.json");
		assertThat(requests.size()).isEqualTo(1000);
		assertThat(requests.get(0).get("service_request_id").stringValue()).isEqualTo("L000000000001");
		assertThat(Open311Xml.parse(bodyOf("/open311/v2/requests.xml")).count("/service_requests/request")).isEqualTo(1000);
	}

	@Test
	void theSchemasReallyCheck() {
		assertThat(Open311Schemas.errors("requests.json", "[{\"status\":\"pending\"}]")).isNotEmpty();
		assertThat(Open311Schemas.errors("services.json", "[{\"service_code\":\"01\"}]")).isNotEmpty();
		assertThat(Open311Schemas.errors("request.json",
				"{\"service_request_id\":\"1\",\"status\":\"open\",\"service_code\":\"01\",\"requested_datetime\":\"yesterday\"}"))
			.isNotEmpty();
	}

	private void assertError(String url, int status, String mentioned) throws Exception {
		MvcResult result = mvc.perform(get(url)).andExpect(status().is(status)).andReturn();
		String body = result.getResponse().getContentAsString();
		if (url.contains(".json")) {
			JsonNode errors = JSON.readTree(body);
			assertThat(errors.isArray()).as(body).isTrue();
			assertThat(errors.get(0).get("code").intValue()).isEqualTo(status);
			assertThat(errors.get(0).get("description").stringValue()).contains(mentioned);
		}
		else {
			Open311Xml xml = Open311Xml.parse(body);
			assertThat(xml.text("/errors/error/code")).isEqualTo(String.valueOf(status));
			assertThat(xml.text("/errors/error/description")).contains(mentioned);
		}
	}

	private JsonNode find(JsonNode services, String code) {
		for (JsonNode service : services) {
			if (service.get("service_code").stringValue().equals(code)) {
				return service;
			}
		}
		throw new AssertionError("no service " + code);
	}

	private String bodyOf(String url) throws Exception {
		return mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(url.contains(".json") ? "application/json" : "text/xml"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private JsonNode jsonOf(String url) throws Exception {
		return JSON.readTree(bodyOf(url));
	}

	private Open311Xml xmlOf(String url) throws Exception {
		return Open311Xml.parse(bodyOf(url));
	}

}
