package org.onedoor.appeals;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** With a mail server configured, a citizen who left an address gets the news by e-mail too. */
@SpringBootTest
class AppealMailTests {

	@MockitoBean
	JavaMailSender mailServer;

	@Autowired
	Appeals appeals;

	@Autowired
	AppealMail mail;

	private long register(String email) {
		return appeals.register(NewAppeal.on(Channel.APP, AppealType.COMPLAINT)
			.about("路灯不亮", "花果园R1区路灯不亮已有一周。")
			.citizen("王大妈", "13800000001", null)
			.email(email)
			.build(), Actor.SYSTEM).id();
	}

	@Test
	void theNewsGoesToTheAddressTheCitizenLeft() {
		long id = register(" wang.dama@example.com ");
		mail.toCitizen(id, "一门通：您的诉求有新进展", "您的诉求已受理。");
		ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
		verify(mailServer).send(sent.capture());
		assertThat(sent.getValue().getTo()).containsExactly("wang.dama@example.com");
		assertThat(sent.getValue().getText()).isEqualTo("您的诉求已受理。");
	}

	@Test
	void noAddressNoMail() {
		long id = register(null);
		mail.toCitizen(id, "subject", "text");
		verify(mailServer, never()).send(any(SimpleMailMessage.class));
	}

}
