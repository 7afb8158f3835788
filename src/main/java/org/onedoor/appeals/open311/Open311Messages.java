package org.onedoor.appeals.open311;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Open311 has no language parameter and its clients show our text as is, so every label and
 * error carries both languages, Chinese first: "请填写诉求内容 / Please describe the problem".
 */
@Component
class Open311Messages {

	private final MessageSource messages;

	Open311Messages(MessageSource messages) {
		this.messages = messages;
	}

	String both(String key, Object... args) {
		String chinese = messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
		String english = messages.getMessage(key, args, key, Locale.ENGLISH);
		return chinese.equals(english) ? chinese : chinese + " / " + english;
	}

}
