package org.onedoor.identity;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Resolves a message key in both languages for answers that carry both. */
@Component
class IdentityMessages {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	IdentityMessages(MessageSource messages) {
		this.messages = messages;
	}

	String chinese(String key, Object... args) {
		return messages.getMessage(key, args, key, CHINESE);
	}

	String english(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.ENGLISH);
	}

	String in(Locale locale, String key, Object... args) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? english(key, args) : chinese(key, args);
	}

}
