package org.onedoor.oversight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onedoor.directory.Directory;
import org.onedoor.directory.Unit;
import org.onedoor.oversight.StaffContacts.Contact;

import org.springframework.stereotype.Component;

/** Whom a warning or an escalation goes to. */
@Component
class Recipients {

	private final StaffContacts contacts;

	private final Directory directory;

	Recipients(StaffContacts contacts, Directory directory) {
		this.contacts = contacts;
		this.directory = directory;
	}

	/**
	 * The responsible person (once someone signed for it) and the unit's heads, each once; for the
	 * 派单 stage, the receiving centre's dispatchers.
	 */
	List<Contact> ofStage(String stage, long unitId, Long responsibleAccountId) {
		if ("DISPATCH".equals(stage)) {
			return contacts.withRole("DISPATCHER", List.of(unitId));
		}
		Map<Long, Contact> people = new LinkedHashMap<>();
		if (responsibleAccountId != null) {
			contacts.account(responsibleAccountId).ifPresent(c -> people.put(c.accountId(), c));
		}
		contacts.withRole("UNIT_HEAD", List.of(unitId)).forEach(c -> people.putIfAbsent(c.accountId(), c));
		return List.copyOf(people.values());
	}

	/**
	 * The supervisors an overdue stage escalates to: those of the nearest unit up the supervision
	 * chain that has any; when no unit above has one, every supervisor (city-level 督办).
	 */
	Escalation supervisorsOf(long unitId) {
		for (Unit above : directory.supervisionChain(unitId)) {
			List<Contact> found = contacts.withRole("SUPERVISOR", List.of(above.id()));
			if (!found.isEmpty()) {
				return new Escalation(above.id(), found);
			}
		}
		return new Escalation(null, contacts.everyoneWithRole("SUPERVISOR"));
	}

	record Escalation(Long unitId, List<Contact> supervisors) {
	}

}
