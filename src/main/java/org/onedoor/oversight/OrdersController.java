package org.onedoor.oversight;

import java.time.LocalDate;
import java.util.List;

import org.onedoor.directory.Directory;
import org.onedoor.directory.Unit;
import org.onedoor.identity.SignedIn;
import org.onedoor.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** Supervision order pages: the list, issuing, the order with its answer and review, the printable order. */
@Controller
@PreAuthorize("hasAuthority('STAFF')")
class OrdersController {

	record Picked(long appealId, String trackingNumber, String title, long unitId) {
	}

	private final OrderStore store;

	private final OrderAccess access;

	private final IssueSupervisionOrders issue;

	private final AnswerSupervisionOrder answer;

	private final ReviewSupervisionOrder review;

	private final Directory directory;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	OrdersController(OrderStore store, OrderAccess access, IssueSupervisionOrders issue, AnswerSupervisionOrder answer,
			ReviewSupervisionOrder review, Directory directory, JdbcClient jdbc, MessageSource messages) {
		this.messages = messages;
		this.store = store;
		this.access = access;
		this.issue = issue;
		this.answer = answer;
		this.review = review;
		this.directory = directory;
		this.jdbc = jdbc;
	}

	@GetMapping("/console/oversight/orders")
	String list(Model model) {
		SignedIn me = access.me();
		boolean supervisor = access.supervises(me, me.divisionCode());
		List<SupervisionOrder> orders = supervisor
				? store.withinDivision(new org.onedoor.directory.DivisionCode(me.divisionCode()).significant())
				: access.isUnitStaff(me) ? store.forUnits(List.of(me.unitId())) : List.of();
		model.addAttribute("orders", orders);
		model.addAttribute("unitNames", OrderPages.unitNames(directory, orders));
		model.addAttribute("supervisor", supervisor);
		return "oversight/orders";
	}

	@GetMapping("/console/oversight/orders/new")
	String newOrder(@RequestParam(name = "appealIds", required = false) List<Long> appealIds, Model model) {
		return form(appealIds, new IssueSupervisionOrders.Request(appealIds, "YELLOW", "", 3), null, model);
	}

	@PostMapping("/console/oversight/orders")
	String issue(@RequestParam(name = "appealIds", required = false) List<Long> appealIds,
			@RequestParam(required = false) String level, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String answerDays, Model model, HttpServletResponse response) {
		IssueSupervisionOrders.Request request = new IssueSupervisionOrders.Request(appealIds, level, reason,
				OrderPages.number(answerDays));
		try {
			List<Long> ids = issue.issue(request);
			return ids.size() == 1 ? "redirect:/console/oversight/orders/" + ids.get(0)
					: "redirect:/console/oversight/orders?issued=" + ids.size();
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(appealIds, request, ex, model);
		}
	}

	@GetMapping("/console/oversight/orders/{id}")
	String order(@PathVariable long id, Model model) {
		return OrderPages.show(store.load(id), "oversight/order", access, store, directory, model);
	}

	@GetMapping("/console/oversight/orders/{id}/print")
	String print(@PathVariable long id, Model model) {
		return OrderPages.show(store.load(id), "oversight/order-print", access, store, directory, model);
	}

	@PostMapping("/console/oversight/orders/{id}/answer")
	String answer(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String answerDone,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answerFinishBy) {
		answer.answer(id, version, answerDone, answerFinishBy);
		return "redirect:/console/oversight/orders/" + id;
	}

	@PostMapping("/console/oversight/orders/{id}/accept")
	String accept(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reviewNote) {
		review.accept(id, version, reviewNote);
		return "redirect:/console/oversight/orders/" + id;
	}

	@PostMapping("/console/oversight/orders/{id}/send-back")
	String sendBack(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reviewNote,
			@RequestParam(required = false) String answerDays) {
		review.sendBack(id, version, reviewNote, OrderPages.number(answerDays));
		return "redirect:/console/oversight/orders/" + id;
	}

	private String form(List<Long> appealIds, IssueSupervisionOrders.Request request, InvalidInputException error,
			Model model) {
		List<Picked> picked = appealIds == null || appealIds.isEmpty() ? List.of() : jdbc.sql("""
				select appeal_id, tracking_number, title, unit_id from oversight.stage_clock
				where appeal_id in (:ids) and open order by unit_id, tracking_number""")
			.param("ids", appealIds)
			.query(Picked.class)
			.list();
		model.addAttribute("picked", picked);
		model.addAttribute("unitNames", picked.stream().map(Picked::unitId).distinct()
			.collect(java.util.stream.Collectors.toMap(u -> u,
					u -> directory.findUnit(u).map(Unit::name).orElse("#" + u))));
		model.addAttribute("request", request);
		model.addAttribute("errorField", error == null ? null : error.parameter());
		model.addAttribute("errorText", error == null ? null
				: messages.getMessage(error.messageKey(), error.arguments(), LocaleContextHolder.getLocale()));
		return "oversight/order-new";
	}

}
