package org.onedoor.appeals.api;

import org.junit.jupiter.api.Test;
import org.onedoor.appeals.AppealType;
import org.onedoor.appeals.Channel;
import org.onedoor.appeals.NewAppeal;
import org.onedoor.appeals.Urgency;
import org.onedoor.shared.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading the channel API's JSON, without Spring: every mistake names its field. */
class ChannelApiRequestTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void readsEveryField() {
		NewAppeal appeal = ChannelApiRequest.parse(JSON, """
				{"type":"report","title":"t","content":"c","categoryCode":"0402","divisionCode":"520123001000",
				 "address":"a","latitude":26.1,"longitude":106.2,"citizenName":"n","citizenMobile":"13800000009",
				 "citizenIdNumber":null,"anonymous":false,"confidential":true,"urgency":"URGENT"}""", Channel.APP);
		assertThat(appeal.channel()).isEqualTo(Channel.APP);
		assertThat(appeal.type()).isEqualTo(AppealType.REPORT);
		assertThat(appeal.latitude()).isEqualByComparingTo("26.1");
		assertThat(appeal.confidential()).isTrue();
		assertThat(appeal.urgency()).isEqualTo(Urgency.URGENT);
		assertThat(appeal.citizenIdNumber()).isNull();
	}

	@Test
	void sameMeaningSameAppeal() {
		NewAppeal a = ChannelApiRequest.parse(JSON, "{\"type\":\"COMPLAINT\",\"title\":\"t\",\"content\":\"c\"}", Channel.WECHAT);
		NewAppeal b = ChannelApiRequest.parse(JSON, "{ \"content\": \"c\", \"title\": \"t\", \"type\": \"COMPLAINT\" }",
				Channel.WECHAT);
		assertThat(a).isEqualTo(b);
		assertThat(a.toString()).isEqualTo(b.toString());
	}

	@Test
	void mistakesNameTheirField() {
		assertField("{", "body");
		assertField("\"text\"", "body");
		assertField("", "body");
		assertField("{\"type\":\"COMPLAINT\",\"titel\":\"t\"}", "titel");
		assertField("{\"type\":1}", "type");
		assertField("{\"type\":\"COMPLAINT\",\"latitude\":\"26\"}", "latitude");
		assertField("{\"type\":\"COMPLAINT\",\"anonymous\":\"yes\"}", "anonymous");
		assertField("{\"type\":\"COMPLAINT\",\"urgency\":\"SOON\"}", "urgency");
	}

	private static void assertField(String body, String field) {
		assertThatThrownBy(() -> ChannelApiRequest.parse(JSON, body, Channel.APP))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.parameter()).isEqualTo(field));
	}

}
