package org.onedoor.appeals.open311;

import org.junit.jupiter.api.Test;
import org.onedoor.appeals.Channel;
import org.onedoor.appeals.api.ApiKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** POST requests and tokens, including the README's curl example, and the errors of a bad post. */
@SpringBootTest
@AutoConfigureMockMvc
class Open311SubmissionTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiKeys keys;

	/** Exactly the README's example: the demo key, the spec's form fields, then the GET showing it open. */
	@Test
	void readmeExamplePostThenGetShowsStatusOpen() throws Exception {
		String created = mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", "onedoor-demo-key")
			.param("service_code", "0102")
			.param("lat", "26.5783")
			.param("long", "106.7135")
			.param("description", "花果园R1区路灯不亮已有一周，晚上行人看不清路。"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.containsString("/open311/v2/requests/")))
			.andReturn().getResponse().getContentAsString();
		JsonNode answer = JSON.readTree(created).get(0);
		String id = answer.get("service_request_id").stringValue();
		assertThat(id).matches("[0-9A-Z]{13}");
		assertThat(answer.get("service_notice").stringValue()).contains(id);

		String shown = mvc.perform(get("/open311/v2/requests/" + id + ".json"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(shown).contains("\"status\":\"open\"");
		JsonNode request = Open311Schemas.valid("requests.json", shown).get(0);
		assertThat(request.get("service_code").stringValue()).isEqualTo("0102");
		assertThat(request.get("lat").decimalValue()).isEqualByComparingTo("26.5783");
		assertThat(request.get("description").stringValue()).startsWith("花果园R1区路灯不亮");

		var stored = jdbc.sql("""
				select a.channel, a.type, a.anonymous, a.title, o.api_key_id is not null as via_key
				from appeals.appeal a join appeals.open311_request o on o.appeal_id = a.id where a.tracking_number = ?""")
			.param(id).query().singleRow();
		assertThat(stored).containsEntry("channel", "OPEN311").containsEntry("type", "COMPLAINT")
			.containsEntry("anonymous", true).containsEntry("title", "花果园R1区路灯不亮已有一周，晚上行人看不清路")
			.containsEntry("via_key", true);

		// the token handed out finds the same request
		String token = answer.get("token").stringValue();
		JsonNode byToken = JSON.readTree(mvc.perform(get("/open311/v2/tokens/" + token + ".json"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(byToken.get(0).get("service_request_id").stringValue()).isEqualTo(id);
		Open311Xml tokenXml = Open311Xml.parse(mvc.perform(get("/open311/v2/tokens/" + token + ".xml"))
			.andReturn().getResponse().getContentAsString());
		assertThat(tokenXml.text("/service_requests/request/service_request_id")).isEqualTo(id);
	}

	@Test
	void postInXmlWithAttributesAndACitizen() throws Exception {
		String xml = mvc.perform(post("/open311/v2/requests.xml").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", "onedoor-demo-key")
			.param("jurisdiction_id", "guiyang.onedoor.gov.cn")
			.param("service_code", "0102")
			.param("attribute[appeal_type]", "REQUEST_FOR_HELP")
			.param("attribute[subcategory]", "010216")
			.param("address_string", "修文县龙场街道阳明大道12号")
			.param("address_id", "520123001000")
			.param("first_name", "建国")
			.param("last_name", "张")
			.param("phone", "13900001234")
			.param("email", "zhang@example.com")
			.param("device_id", "device-1")
			.param("media_url", "https://example.com/photo.jpg")
			.param("description", "家里停水两天了，没有收到任何通知。"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		Open311Xml answer = Open311Xml.parse(xml);
		String id = answer.text("/service_requests/request/service_request_id");
		assertThat(id).hasSize(13);
		var stored = jdbc.sql("""
				select a.type, a.category_code, a.division_code, a.address, a.citizen_name, a.citizen_mobile, o.email, o.media_url
				from appeals.appeal a join appeals.open311_request o on o.appeal_id = a.id where a.tracking_number = ?""")
			.param(id).query().singleRow();
		assertThat(stored).containsEntry("type", "REQUEST_FOR_HELP").containsEntry("category_code", "010216")
			.containsEntry("division_code", "520123001000").containsEntry("citizen_name", "张建国")
			.containsEntry("citizen_mobile", "13900001234").containsEntry("email", "zhang@example.com");
		Open311Xml shown = Open311Xml.parse(mvc.perform(get("/open311/v2/requests/" + id + ".xml"))
			.andReturn().getResponse().getContentAsString());
		assertThat(shown.text("/service_requests/request/service_code")).isEqualTo("0102");
		assertThat(shown.text("/service_requests/request/media_url")).isEqualTo("https://example.com/photo.jpg");
		assertThat(shown.text("/service_requests/request/address")).isEqualTo("修文县龙场街道阳明大道12号");
		assertThat(xml + shown.text("/")).doesNotContain("13900001234", "张建国");
	}

	@Test
	void apiKeyIsRequiredAndChecked() throws Exception {
		long before = count();
		assertPostError(valid("api_key", ""), 403, "api_key");
		assertPostError(valid("api_key", "not-a-key"), 403, "api_key");
		String xml = mvc.perform(post("/open311/v2/requests.xml").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", "wrong").param("service_code", "0102").param("lat", "26.5").param("long", "106.7")
			.param("description", "路灯不亮。"))
			.andExpect(status().isForbidden())
			.andReturn().getResponse().getContentAsString();
		assertThat(Open311Xml.parse(xml).text("/errors/error/code")).isEqualTo("403");
		String key = keys.issue("会撤销的客户端", Channel.OPEN311, "test");
		mvc.perform(valid("api_key", key)).andExpect(status().isCreated());
		keys.revoke(jdbc.sql("select id from appeals.api_key where client_name = '会撤销的客户端'").query(Long.class).single());
		long afterOne = count();
		assertPostError(valid("api_key", key), 403, "api_key");
		assertThat(count()).isEqualTo(afterOne).isEqualTo(before + 1);
		// JSON is not what the specification posts: refused in the Open311 error format
		String refused = mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnsupportedMediaType()).andReturn().getResponse().getContentAsString();
		assertThat(JSON.readTree(refused).get(0).get("code").intValue()).isEqualTo(415);
	}

	@Test
	void badPostsAre400WithEveryProblemAndStoreNothing() throws Exception {
		long before = count();
		assertPostError(form("/open311/v2/requests.json").param("service_code", "0102").param("description", "x"), 400,
				"lat");
		assertPostError(form("/open311/v2/requests.json").param("lat", "26.5").param("long", "106.7"), 400,
				"service_code");
		assertPostError(form("/open311/v2/requests.json").param("service_code", "9999").param("lat", "26.5")
			.param("long", "106.7").param("description", "x"), 404, "9999");
		assertPostError(valid("lat", "north", "long", "106.7"), 400, "lat");
		assertPostError(valid("lat", "26.5", "long", ""), 400, "lat");
		assertPostError(valid("attribute[appeal_type]", "PRAISE"), 400, "attribute[appeal_type]");
		assertPostError(valid("attribute[subcategory]", "040201"), 400, "attribute[subcategory]");
		assertPostError(valid("media_url", "javascript:alert(1)"), 400, "media_url");
		assertPostError(valid("address_id", "A-12"), 400, "address_id");
		assertPostError(valid("jurisdiction_id", "elsewhere"), 404, "jurisdiction_id");
		// a consultation needs someone to answer: name and phone, named by their Open311 fields
		assertPostError(valid("attribute[appeal_type]", "CONSULTATION"), 400, "phone");
		assertPostError(valid("first_name", "建国"), 400, "phone");
		assertPostError(valid("description", "字".repeat(4001)), 400, "description");
		assertPostError(form("/open311/v2/requests.json").param("service_code", "0102").param("lat", "26.5")
			.param("long", "106.7"), 400, "description");

		// several problems at once: every one listed
		String body = mvc.perform(form("/open311/v2/requests.json").param("service_code", "0102").param("lat", "x")
			.param("long", "106.7").param("email", "nope").param("media_url", "ftp://x"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(JSON.readTree(body).findValuesAsString("description")).hasSize(3)
			.anyMatch(d -> d.startsWith("lat:")).anyMatch(d -> d.startsWith("email:")).anyMatch(d -> d.startsWith("media_url:"));
		assertThat(count()).isEqualTo(before);
	}

	private MockHttpServletRequestBuilder form(String url) {
		return post(url).contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", "onedoor-demo-key");
	}

	/** A valid post with some fields changed ("" leaves a field out). */
	private MockHttpServletRequestBuilder valid(String... overrides) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("api_key", "onedoor-demo-key");
		fields.put("service_code", "0102");
		fields.put("lat", "26.5");
		fields.put("long", "106.7");
		fields.put("description", "路灯不亮。");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/open311/v2/requests.json")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED);
		fields.forEach((name, value) -> {
			if (!value.isEmpty()) {
				request.param(name, value);
			}
		});
		return request;
	}

	private void assertPostError(MockHttpServletRequestBuilder request, int status, String mentioned) throws Exception {
		String body = mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
		JsonNode errors = JSON.readTree(body);
		assertThat(errors.isArray()).as(body).isTrue();
		assertThat(errors.get(0).get("code").intValue()).isEqualTo(status);
		assertThat(errors.findValuesAsString("description")).as(body).anyMatch(d -> d.contains(mentioned));
	}

	private long count() {
		return jdbc.sql("select count(*) from appeals.appeal").query(Long.class).single();
	}

}
