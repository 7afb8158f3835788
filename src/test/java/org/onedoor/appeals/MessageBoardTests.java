package org.onedoor.appeals;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class MessageBoardTests extends DeskTestSupport {

	@Test
	void aSignedInCitizenPostsWithTheAccountsOwnMobile() throws Exception {
		MvcResult result = mvc.perform(post("/board/new").with(as(CITIZEN)).with(csrf())
				.param("type", "SUGGESTION").param("title", "建议增设公交站台").param("content", "花果园五期附近没有公交站台。")
				.param("citizenMobile", "13999999999"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/my/appeals"))
			.andReturn();
		String number = (String) result.getFlashMap().get("registered");
		assertThat(column("channel", number)).isEqualTo("MESSAGE_BOARD");
		assertThat(column("citizen_mobile", number)).isEqualTo(CITIZEN);
		assertThat(column("citizen_account_id", number)).isEqualTo(Long.toString(accountId(CITIZEN)));
	}

	@Test
	void aRefusedPostSaysWhyInBothLanguagesAndStoresNothing() throws Exception {
		long before = count("appeal");
		mvc.perform(post("/board/new").with(as(CITIZEN)).with(csrf()).param("type", "SUGGESTION").param("title", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写标题")));
		mvc.perform(post("/board/new").with(as(CITIZEN)).with(csrf()).param("lang", "en").param("content", "内容"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Please correct the following")));
		assertThat(count("appeal")).isEqualTo(before);
	}

	@Test
	void postingNeedsASignIn() throws Exception {
		mvc.perform(get("/board/new")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theBoardShowsPublicMessagesWithTheReplyButNeverConfidentialOnesOrPersonalData() throws Exception {
		String mobile = freshMobile();
		RegisteredAppeal open = boardAppeal("路灯不亮请维修", mobile, false);
		standReplied(open.id(), "已安排维修，三日内修复。");
		RegisteredAppeal secret = boardAppeal("邻居私搭乱建", mobile, true);
		mvc.perform(get("/board"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("路灯不亮请维修")))
			.andExpect(content().string(not(containsString("邻居私搭乱建"))));
		mvc.perform(get("/board/" + open.trackingNumber().value()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已安排维修，三日内修复。")))
			.andExpect(content().string(not(containsString("赵小明"))))
			.andExpect(content().string(not(containsString(mobile))));
		mvc.perform(get("/board/" + secret.trackingNumber().value())).andExpect(status().isNotFound());
		RegisteredAppeal hotline = registered(Channel.HOTLINE, mobile);
		mvc.perform(get("/board/" + hotline.trackingNumber().value())).andExpect(status().isNotFound());
	}

	@Test
	void eachCitizenSupportsAMessageOnce() throws Exception {
		RegisteredAppeal appeal = boardAppeal("小区门口占道经营", freshMobile(), false);
		String path = "/board/" + appeal.trackingNumber().value();
		mvc.perform(post(path + "/support").with(as(CITIZEN)).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post(path + "/support").with(as(CITIZEN)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from appeals.board_support where appeal_id = ?")
			.param(appeal.id()).query(Long.class).single()).isEqualTo(1L);
		mvc.perform(get(path).with(as(CITIZEN))).andExpect(content().string(containsString("附议 1 人")));
		mvc.perform(post(path + "/support").with(as("operator")).with(csrf())).andExpect(status().isForbidden());
	}

	private RegisteredAppeal boardAppeal(String title, String mobile, boolean confidential) {
		return appeals.register(NewAppeal.on(Channel.MESSAGE_BOARD, AppealType.COMPLAINT)
			.about(title, title + "，请相关部门处理。")
			.citizen("赵小明", mobile, null)
			.confidential(confidential)
			.build(), Actor.citizen(null));
	}

}
