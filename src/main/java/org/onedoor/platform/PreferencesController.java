package org.onedoor.platform;

import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Switches the elderly-friendly mode (适老化: larger type, higher contrast) on or off. */
@Controller
class PreferencesController {

	@PostMapping("/preferences/elder")
	String elder(@RequestParam(defaultValue = "false") boolean on,
			@RequestParam(defaultValue = "/") String back, HttpServletResponse response) {
		ResponseCookie cookie = ResponseCookie.from(PageShell.ELDER_COOKIE, on ? "on" : "off")
			.path("/")
			.maxAge(Duration.ofDays(365))
			.sameSite("Lax")
			.httpOnly(true)
			.build();
		response.addHeader("Set-Cookie", cookie.toString());
		return "redirect:" + safeLocal(back);
	}

	/** Only local paths, so the switch cannot be used to send people to another site. */
	static String safeLocal(String back) {
		boolean local = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")
				&& !back.contains("\r") && !back.contains("\n");
		return local ? back : "/";
	}

}
