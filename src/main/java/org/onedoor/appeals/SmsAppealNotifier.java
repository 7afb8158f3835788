package org.onedoor.appeals;

import org.onedoor.identity.SmsGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Fallback;
import org.springframework.stereotype.Component;

/** The default {@link AppealNotifier}: SMS to citizens, the log for units. */
@Component
@Fallback
class SmsAppealNotifier implements AppealNotifier {

	private static final Logger log = LoggerFactory.getLogger(SmsAppealNotifier.class);

	private final SmsGateway sms;

	SmsAppealNotifier(SmsGateway sms) {
		this.sms = sms;
	}

	@Override
	public void toCitizen(String mobile, String text) {
		sms.send(mobile, text);
	}

	@Override
	public void toUnit(long unitId, String text) {
		log.info("Notice to unit {}: {}", unitId, text);
	}

}
