package org.onedoor.community;

import java.util.Date;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.parameter.Related;
import biweekly.property.Trigger;
import biweekly.util.Duration;

/** An activity as an iCalendar file (RFC 5545) that phones' calendar apps import, written by biweekly. */
final class ActivityCalendar {

	private ActivityCalendar() {
	}

	static String ics(Activity activity, String url) {
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//OneDoor//Community//ZH");
		VEvent event = new VEvent();
		event.setUid("activity-" + activity.id() + "@onedoor");
		event.setSummary(activity.title());
		event.setDescription(activity.communityName() + (activity.description().isBlank() ? "" : "\n" + activity.description()));
		event.setLocation(activity.place());
		event.setDateStart(Date.from(activity.startsAt()));
		event.setDateEnd(Date.from(activity.endsAt()));
		event.setUrl(url);
		if (activity.cancelled()) {
			event.setStatus(biweekly.property.Status.cancelled());
		}
		event.addAlarm(VAlarm.display(new Trigger(Duration.builder().prior(true).hours(2).build(), Related.START),
				activity.title()));
		calendar.addEvent(event);
		return Biweekly.write(calendar).go();
	}

}
