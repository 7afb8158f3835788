package org.onedoor.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Whom to tell: enabled staff by role and unit, with the mobile number they gave for notices. */
@Service
public class StaffDirectory {

	private static final String CONTACT = """
			select a.id as account_id, a.display_name, trim(a.mobile) as mobile from identity.account a
			""";

	private final JdbcClient jdbc;

	StaffDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<StaffContact> withRole(Role role, Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(CONTACT + """
				join identity.account_role r on r.account_id = a.id
				where a.enabled and a.kind = 'STAFF' and r.role = :role and a.unit_id in (:units) order by a.id""")
			.param("role", role.name())
			.param("units", unitIds)
			.query(StaffContact.class)
			.list();
	}

	public List<StaffContact> everyoneWithRole(Role role) {
		return jdbc.sql(CONTACT + """
				join identity.account_role r on r.account_id = a.id
				where a.enabled and a.kind = 'STAFF' and r.role = ? order by a.id""")
			.param(role.name())
			.query(StaffContact.class)
			.list();
	}

	public Optional<StaffContact> contact(long accountId) {
		return jdbc.sql(CONTACT + " where a.id = ? and a.enabled").param(accountId).query(StaffContact.class).optional();
	}

}
