package org.onedoor.appeals;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AttachmentWebTests extends DeskTestSupport {

	@Test
	void aPhotoIsStoredWithTheAppealAndServedOnlyToThoseWhoMaySeeIt() throws Exception {
		String mobile = freshMobile();
		byte[] png = AttachmentPolicyTests.image("png", 30, 20);
		MvcResult result = mvc.perform(multipart("/console/hotline").file(new MockMultipartFile("files", "现场.png", "image/png", png))
				.with(as("operator")).with(csrf())
				.param("citizenMobile", mobile).param("citizenName", "王五").param("type", "COMPLAINT")
				.param("title", "井盖缺失").param("content", "路口井盖缺失，很危险。"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String number = (String) result.getFlashMap().get("registered");
		long id = jdbc.sql("select t.id from appeals.attachment t join appeals.appeal a on a.id = t.appeal_id "
				+ "where a.tracking_number = ?").param(TrackingNumber.parse(number).orElseThrow().value())
			.query(Long.class).single();

		mvc.perform(get("/appeals/attachments/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/appeals/attachments/" + id).with(as(CITIZEN))).andExpect(status().isNotFound());
		mvc.perform(get("/appeals/attachments/" + id).with(as("operator")))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Content-Disposition", containsString("inline")))
			.andExpect(content().bytes(png));
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/track").session(session).with(csrf()).with(fromNewAddress()).param("number", number)
				.param("last4", mobile.substring(7)));
		mvc.perform(get("/appeals/attachments/" + id).session(session)).andExpect(status().isOk());
	}

	@Test
	void aFileOfTheWrongTypeRefusesTheWholeAppealInBothLanguages() throws Exception {
		long appealsBefore = count("appeal");
		long filesBefore = count("attachment");
		MockMultipartFile fake = new MockMultipartFile("files", "photo.jpg", "image/jpeg",
				"<html><script>alert(1)</script></html>".getBytes());
		mvc.perform(multipart("/board/new").file(fake).with(as(CITIZEN)).with(csrf())
				.param("type", "COMPLAINT").param("title", "占道经营").param("content", "门口占道经营。"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不是照片")));
		mvc.perform(multipart("/board/new").file(fake).with(as(CITIZEN)).with(csrf()).param("lang", "en")
				.param("type", "COMPLAINT").param("title", "占道经营").param("content", "门口占道经营。"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("is not a photo")));
		assertThat(count("appeal")).isEqualTo(appealsBefore);
		assertThat(count("attachment")).isEqualTo(filesBefore);
	}

	@Test
	void aFileOverTheLimitIsRefused() throws Exception {
		long before = count("appeal");
		byte[] big = new byte[AttachmentPolicy.MAX_BYTES + 1];
		mvc.perform(multipart("/console/assisted").file(new MockMultipartFile("files", "big.pdf", "application/pdf", big))
				.with(as("clerk")).with(csrf())
				.param("citizenMobile", freshMobile()).param("citizenName", "王五").param("type", "COMPLAINT")
				.param("title", "标题").param("content", "内容"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("太大")));
		assertThat(count("appeal")).isEqualTo(before);
	}

}
