package org.onedoor.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onedoor.directory.Directory;
import org.onedoor.directory.Unit;
import org.onedoor.shared.DemoSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * One demo account per role, all with the password {@value #PASSWORD}. Runs after the
 * directory's demo units; an account whose unit is missing is skipped with a warning.
 */
@Component
class DemoAccounts implements DemoSeed {

	static final String PASSWORD = "OneDoor#2026";

	static final String CITIZEN_MOBILE = "13800000001";

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	/** Demo staff: username, display name, role, unit codes in order of preference. */
	record DemoStaff(String username, String displayName, Role role, List<String> units) {
	}

	static final List<DemoStaff> STAFF = List.of(
			new DemoStaff("admin", "系统管理员", Role.ADMIN, List.of("GZ-SFT", "GY-12345")),
			new DemoStaff("operator", "李话务", Role.HOTLINE_OPERATOR, List.of("GY-12345")),
			new DemoStaff("dispatcher", "王派单", Role.DISPATCHER, List.of("GY-12345")),
			new DemoStaff("handler", "张承办", Role.UNIT_HANDLER, List.of("GY-CGJ")),
			new DemoStaff("head", "赵局长", Role.UNIT_HEAD, List.of("GY-CGJ")),
			new DemoStaff("supervisor", "陈督办", Role.SUPERVISOR, List.of("GY-XFJ")),
			new DemoStaff("clerk", "刘窗口", Role.WINDOW_CLERK, List.of("NM-HGY-ZX", "NM-ZJJ")),
			new DemoStaff("agent", "杨代办", Role.VILLAGE_AGENT, List.of("XW-LC-XZ", "NM-ZJJ", "GY-12345")),
			new DemoStaff("organiser", "黄社工", Role.COMMUNITY_ORGANISER, List.of("NM-XHL-JNT", "NM-ZJJ", "GY-12345")),
			new DemoStaff("volunteer", "周志愿", Role.VOLUNTEER, List.of("NM-XHL-JNT", "NM-ZJJ", "GY-12345")),
			new DemoStaff("leader", "吴主任", Role.LEADER, List.of("GY-ZF", "GY-12345")));

	private final AccountRepository accounts;

	private final Directory directory;

	private final PasswordEncoder hashing;

	DemoAccounts(AccountRepository accounts, Directory directory, PasswordEncoder hashing) {
		this.accounts = accounts;
		this.directory = directory;
		this.hashing = hashing;
	}

	@Override
	public String name() {
		return "identity.accounts";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public void seed() {
		String hash = hashing.encode(PASSWORD);
		for (DemoStaff staff : STAFF) {
			if (accounts.usernameTaken(staff.username())) {
				continue;
			}
			Optional<Unit> unit = staff.units().stream().map(directory::findUnitByCode).flatMap(Optional::stream).findFirst();
			if (unit.isEmpty()) {
				log.warn("Demo account '{}' skipped: none of the units {} exists", staff.username(), staff.units());
				continue;
			}
			accounts.insertStaff(staff.username(), staff.displayName(), hash, unit.get().id(), Set.of(staff.role()), false);
		}
		if (!accounts.mobileTaken(CITIZEN_MOBILE)) {
			accounts.insertCitizen(CITIZEN_MOBILE, "王大妈", hash);
		}
	}

}
