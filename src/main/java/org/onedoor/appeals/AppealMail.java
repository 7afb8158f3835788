package org.onedoor.appeals;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The optional e-mail copy of what a citizen is told by SMS. It sends only when the platform has
 * a mail server ({@code spring.mail.host}) and the citizen left an address.
 */
@Component
class AppealMail {

	private final ObjectProvider<JavaMailSender> mailServer;

	private final JdbcClient jdbc;

	private final String from;

	AppealMail(ObjectProvider<JavaMailSender> mailServer, JdbcClient jdbc,
			@Value("${onedoor.mail.from:noreply@onedoor.gov.cn}") String from) {
		this.mailServer = mailServer;
		this.jdbc = jdbc;
		this.from = from;
	}

	void toCitizen(long appealId, String subject, String text) {
		JavaMailSender server = mailServer.getIfAvailable();
		if (server == null) {
			return;
		}
		String address = jdbc.sql("select citizen_email from appeals.appeal where id = ?")
			.param(appealId)
			.query(String.class)
			.optional()
			.orElse(null);
		if (address == null) {
			return;
		}
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(from);
		mail.setTo(address);
		mail.setSubject(subject);
		mail.setText(text);
		server.send(mail);
	}

}
