package org.onedoor.identity;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Keeps text messages instead of sending them, so tests can read the codes. */
@TestConfiguration(proxyBeanMethods = false)
class CapturedSms {

	final List<String[]> sent = new CopyOnWriteArrayList<>();

	@Bean
	SmsGateway capturingSmsGateway() {
		return (mobile, text) -> sent.add(new String[] { mobile, text });
	}

	/** The six-digit code in the latest message to {@code mobile}. */
	String lastCodeFor(String mobile) {
		for (int i = sent.size() - 1; i >= 0; i--) {
			if (sent.get(i)[0].equals(mobile)) {
				Matcher code = Pattern.compile("\\d{6}").matcher(sent.get(i)[1]);
				if (code.find()) {
					return code.group();
				}
			}
		}
		throw new AssertionError("No code sent to " + mobile);
	}

}
