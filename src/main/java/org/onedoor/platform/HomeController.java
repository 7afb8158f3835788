package org.onedoor.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's front door and the staff console's landing page. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "platform/home";
	}

	@GetMapping("/console")
	String console() {
		return "platform/console";
	}

}
