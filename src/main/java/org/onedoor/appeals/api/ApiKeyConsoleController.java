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

	/** Never cached: right after issuing, this page carries the new key. */
	@GetMapping
	String list(Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("keys", keys.list());
		model.addAttribute("channels", ApiKeys.MACHINE_CHANNELS);
		return "appeals/api/keys";
	}

	/**
	 * Issues a key and shows it once, on the page the browser is redirected to (a flash
	 * attribute, so reloading that page neither shows it again nor issues a second key).
	 */
	@PostMapping
	String issue(@RequestParam(defaultValue = "") String clientName, @RequestParam(required = false) Channel channel,
			Principal principal, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			String key = keys.issue(clientName, channel, principal.getName());
			redirect.addFlashAttribute("newKey", key);
			redirect.addFlashAttribute("newClient", clientName.strip());
			return "redirect:/console/api-keys";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.messageKey());
			model.addAttribute("errorArgs", ex.arguments());
			model.addAttribute("clientName", clientName);
			String page = list(model, response);
			response.setStatus(400);
			return page;
		}
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		keys.revoke(id);
		redirect.addFlashAttribute("revoked", id);
		return "redirect:/console/api-keys";
	}

}
