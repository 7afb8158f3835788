package org.onedoor.appeals;

import jakarta.servlet.http.HttpServletResponse;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Operators and administrators keep the knowledge base: search, add and edit answers. */
@Controller
@RequestMapping("/console/hotline/answers")
@PreAuthorize("hasAnyRole('HOTLINE_OPERATOR', 'ADMIN')")
class KnowledgeBaseController {

	private final KnowledgeBase knowledgeBase;

	private final DeskActors actors;

	private final DeskFormErrors errors;

	KnowledgeBaseController(KnowledgeBase knowledgeBase, DeskActors actors, DeskFormErrors errors) {
		this.knowledgeBase = knowledgeBase;
		this.actors = actors;
		this.errors = errors;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Long edit, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("answers", knowledgeBase.search(q, 50));
		model.addAttribute("editing", edit == null ? null
				: knowledgeBase.find(edit).orElseThrow(() -> new NotFoundException("appeals.desk.kb.notFound")));
		return "appeals/desk/knowledge-base";
	}

	@PostMapping
	String save(@RequestParam(required = false) Long id, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String keywords, @RequestParam(defaultValue = "") String answer,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			knowledgeBase.save(id, title, keywords, answer, actors.staff().name());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/console/hotline/answers";
		}
		catch (InvalidInputException ex) {
			errors.show(model, response, ex);
			model.addAttribute("q", "");
			model.addAttribute("answers", knowledgeBase.search("", 50));
			model.addAttribute("editing", new KnowledgeBase.Answer(id == null ? 0 : id, title, keywords, answer, 0));
			return "appeals/desk/knowledge-base";
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id) {
		return "redirect:/console/hotline/answers?edit=" + id;
	}

}
