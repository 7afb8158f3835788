package org.onedoor.appeals;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.onedoor.identity.SignedIn;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 城市留言板: anyone reads; a signed-in citizen posts (the account's verified mobile is the
 * contact, so the board needs no CAPTCHA and every post can be answered) and adds one "me too"
 * (附议) per message.
 */
@Controller
class MessageBoardController {

	private final MessageBoard board;

	private final DeskIntake intake;

	private final DeskActors actors;

	private final DeskFormErrors errors;

	private final DeskQueries queries;

	MessageBoardController(MessageBoard board, DeskIntake intake, DeskActors actors, DeskFormErrors errors,
			DeskQueries queries) {
		this.board = board;
		this.intake = intake;
		this.actors = actors;
		this.errors = errors;
		this.queries = queries;
	}

	@GetMapping("/board")
	String list(@RequestParam(defaultValue = "") String category, @RequestParam(required = false) AppealStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String code = category.matches("\\d{2,12}") ? category : null;
		long total = board.count(code, status);
		model.addAttribute("posts", board.page(code, status, page));
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("hasNext", (long) (Math.max(0, page) + 1) * MessageBoard.PAGE_SIZE < total);
		model.addAttribute("total", total);
		model.addAttribute("category", code == null ? "" : code);
		model.addAttribute("categoryName", queries.categoryPath(code).orElse(null));
		model.addAttribute("status", status);
		model.addAttribute("statuses", filterStatuses());
		return "appeals/desk/board-list";
	}

	@GetMapping("/board/{number}")
	String detail(@PathVariable String number, Model model) {
		MessageBoard.Post post = TrackingNumber.parse(number)
			.flatMap(board::find)
			.orElseThrow(() -> new NotFoundException("appeals.desk.board.notFound"));
		model.addAttribute("post", post);
		model.addAttribute("categoryName", queries.categoryPath(post.categoryCode()).orElse(null));
		model.addAttribute("supported",
				actors.signedIn().map(s -> board.supports(post.id(), s.accountId())).orElse(false));
		return "appeals/desk/board-detail";
	}

	@PostMapping("/board/{number}/support")
	@PreAuthorize("hasRole('CITIZEN')")
	String support(@PathVariable String number, RedirectAttributes redirect) {
		MessageBoard.Post post = TrackingNumber.parse(number)
			.flatMap(board::find)
			.orElseThrow(() -> new NotFoundException("appeals.desk.board.notFound"));
		SignedIn citizen = actors.signedIn().orElseThrow();
		redirect.addFlashAttribute(board.support(post.id(), citizen.accountId()) ? "supportCounted" : "supportAlready",
				true);
		return "redirect:/board/" + post.trackingNumber();
	}

	@ModelAttribute("form")
	DeskForm form() {
		return new DeskForm();
	}

	@GetMapping("/board/new")
	@PreAuthorize("hasRole('CITIZEN')")
	String newPost() {
		return "appeals/desk/board-new";
	}

	@PostMapping("/board/new")
	@PreAuthorize("hasRole('CITIZEN')")
	String post(@ModelAttribute("form") DeskForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			errors.show(model, response, DeskFormErrors.bindingProblems(binding));
			return "appeals/desk/board-new";
		}
		SignedIn citizen = actors.signedIn().orElseThrow();
		try {
			// the contact is the account's own verified mobile, never a number typed into the form
			NewAppeal appeal = form.builder(Channel.MESSAGE_BOARD)
				.citizen(citizen.displayName(), citizen.loginName(), null)
				.citizenAccount(citizen.accountId())
				.anonymous(false)
				.urgency(Urgency.NORMAL)
				.build();
			RegisteredAppeal registered = intake.register(appeal, actors.citizen(), form.getFiles());
			redirect.addFlashAttribute("registered", registered.trackingNumber().display());
			return "redirect:/my/appeals";
		}
		catch (InvalidInputException ex) {
			errors.show(model, response, ex);
			return "appeals/desk/board-new";
		}
	}

	static List<AppealStatus> filterStatuses() {
		return List.of(AppealStatus.REGISTERED, AppealStatus.ACCEPTED, AppealStatus.DISPATCHED, AppealStatus.SIGNED_FOR,
				AppealStatus.REPLIED, AppealStatus.CLOSED);
	}

}
