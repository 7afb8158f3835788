package org.onedoor.appeals.api;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import org.onedoor.appeals.Channel;
import org.onedoor.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 接口密钥: administrators issue a key to each system that files appeals, and revoke it. */
@Controller
@RequestMapping("/console/api-keys")
@PreAuthorize("hasRole('ADMIN')")
class ApiKeyConsoleController {

	private final ApiKeys keys;

	ApiKeyConsoleController(ApiKeys keys) {
		this.keys = keys;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("keys", keys.list());
		model.addAttribute("channels", ApiKeys.MACHINE_CHANNELS);
		return "appeals/api/keys";
	}

	/** The new key is rendered once in this answer and is nowhere else afterwards. */
	@PostMapping
	String issue(@RequestParam(defaultValue = "") String clientName, @RequestParam(required = false) Channel channel,
			Principal principal, Model model, HttpServletResponse response) {
		try {
			String key = keys.issue(clientName, channel, principal.getName());
			response.setHeader("Cache-Control", "no-store");
			model.addAttribute("newKey", key);
			model.addAttribute("newClient", clientName.strip());
		}
		catch (InvalidInputException ex) {
			response.setStatus(400);
			model.addAttribute("error", ex.messageKey());
			model.addAttribute("errorArgs", ex.arguments());
			model.addAttribute("clientName", clientName);
		}
		return list(model);
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		keys.revoke(id);
		redirect.addFlashAttribute("revoked", id);
		return "redirect:/console/api-keys";
	}

}
