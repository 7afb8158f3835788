package org.onedoor.platform;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Resolves one message key in both of OneDoor's languages, for answers that carry both. */
@Component
class BilingualMessages {

	private final MessageSource messages;

	BilingualMessages(MessageSource messages) {
		this.messages = messages;
	}

	String chinese(String key, Object... args) {
		return messages.getMessage(key, args, key, WebConfiguration.CHINESE);
	}

	String english(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.ENGLISH);
	}

	String in(Locale locale, String key, Object... args) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? english(key, args) : chinese(key, args);
	}

}
