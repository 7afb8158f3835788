package org.onedoor.applications;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.onedoor.applications.Satisfaction.Indicator;
import org.onedoor.catalogue.Catalogue;
import org.onedoor.catalogue.ServiceItem;
import org.onedoor.identity.CurrentUser;
import org.onedoor.identity.Role;
import org.onedoor.identity.SignedIn;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The applicant's pages, phone first: the form of an item, the list of their applications and
 * each one's page (state, step, deadline, history, materials, letters, 好差评). Window clerks and
 * village agents use the same form to file for someone else.
 */
@Controller
class ApplicantController {

	private final Catalogue catalogue;

	private final CurrentUser current;

	private final ApplicationStore store;

	private final ApplicationAccess access;

	private final FileApplication filing;

	private final CaseViews views;

	private final ServiceHalls halls;

	private final ApplicationReviews reviews;

	ApplicantController(Catalogue catalogue, CurrentUser current, ApplicationStore store, ApplicationAccess access,
			FileApplication filing, CaseViews views, ServiceHalls halls, ApplicationReviews reviews) {
		this.catalogue = catalogue;
		this.current = current;
		this.store = store;
		this.access = access;
		this.filing = filing;
		this.views = views;
		this.halls = halls;
		this.reviews = reviews;
	}

	@GetMapping("/hall/apply/{code}")
	String form(@PathVariable String code, Model model) {
		SignedIn me = current.require();
		ServiceItem item = item(code);
		model.addAttribute("item", item);
		model.addAttribute("halls", halls.choicesFor(item.unitId()));
		model.addAttribute("filer", me);
		model.addAttribute("agent", me.has(Role.VILLAGE_AGENT));
		model.addAttribute("clerk", me.has(Role.WINDOW_CLERK));
		if (!model.containsAttribute("mobile") && me.has(Role.CITIZEN)) {
			model.addAttribute("mobile", me.loginName());
			model.addAttribute("name", me.displayName());
		}
		return "applications/apply";
	}

	@PostMapping("/hall/apply/{code}")
	String start(@PathVariable String code, ApplicantFormParams params, Model model, HttpServletResponse response) {
		SignedIn me = current.require();
		ServiceItem item = item(code);
		try {
			long hall = me.has(Role.WINDOW_CLERK) && me.unitId() != null ? me.unitId()
					: halls.pick(item.unitId(), params.hall());
			String number = filing.start(code, me, params.form(), hall, params.consent());
			return "redirect:/hall/my/" + number;
		}
		catch (InvalidInputException ex) {
			response.setStatus(400);
			model.addAttribute("error", ex);
			params.fill(model);
			return form(code, model);
		}
	}

	@GetMapping("/hall/my")
	String mine(Model model) {
		SignedIn me = current.require();
		model.addAttribute("rows", views.rows(store.ownedBy(me.accountId())));
		return "applications/my";
	}

	@GetMapping("/hall/my/{number}")
	String detail(@PathVariable String number, Model model) {
		SignedIn me = current.require();
		Application a = mineOrNotFound(number, me);
		model.addAttribute("view", views.of(a, false, false));
		model.addAttribute("indicators", Indicator.values());
		return "applications/detail";
	}

	@PostMapping("/hall/my/{number}/form")
	String save(@PathVariable String number, ApplicantFormParams params) {
		SignedIn me = current.require();
		filing.save(mineOrNotFound(number, me), me, params.form());
		return "redirect:/hall/my/" + number;
	}

	@PostMapping("/hall/my/{number}/materials")
	String upload(@PathVariable String number, @RequestParam String material, @RequestParam("file") MultipartFile file)
			throws IOException {
		SignedIn me = current.require();
		filing.upload(mineOrNotFound(number, me), me, material, file.getOriginalFilename(), file.getBytes());
		return "redirect:/hall/my/" + number + "#materials";
	}

	@PostMapping("/hall/my/{number}/materials/{id}/remove")
	String remove(@PathVariable String number, @PathVariable long id) {
		SignedIn me = current.require();
		filing.remove(mineOrNotFound(number, me), me, id);
		return "redirect:/hall/my/" + number + "#materials";
	}

	@PostMapping("/hall/my/{number}/submit")
	String submit(@PathVariable String number) {
		SignedIn me = current.require();
		mineOrNotFound(number, me);
		filing.submit(number, me);
		return "redirect:/hall/my/" + number + "?submitted";
	}

	@PostMapping("/hall/my/{number}/review")
	String review(@PathVariable String number, @RequestParam(defaultValue = "0") int overall,
			@RequestParam Map<String, String> all) {
		SignedIn me = current.require();
		Map<Indicator, Integer> scores = new EnumMap<>(Indicator.class);
		for (Indicator indicator : Indicator.values()) {
			String value = all.get("score_" + indicator.name());
			if (value != null && value.matches("[1-5]")) {
				scores.put(indicator, Integer.parseInt(value));
			}
		}
		reviews.rate(number, me, overall, scores, all.get("comment"));
		return "redirect:/hall/my/" + number + "?rated";
	}

	private Application mineOrNotFound(String number, SignedIn me) {
		return store.find(number).filter(a -> access.isApplicant(a, me))
			.orElseThrow(() -> new NotFoundException("applications.notFound", number));
	}

	private ServiceItem item(String code) {
		return catalogue.item(code).orElseThrow(() -> new NotFoundException("applications.item.notFound", code));
	}

	/** The form's parameters as posted; the lists hold the free fields' rows. */
	record ApplicantFormParams(String kind, String name, String idNumber, String creditCode, String legalRep,
			String mobile, List<String> fieldLabel, List<String> fieldValue, Long hall, String consent) {

		ApplicantForm form() {
			return new ApplicantForm(kind, name, idNumber, creditCode, legalRep, mobile, fieldLabel, fieldValue);
		}

		void fill(Model model) {
			model.addAttribute("kind", kind);
			model.addAttribute("name", name);
			model.addAttribute("idNumber", idNumber);
			model.addAttribute("creditCode", creditCode);
			model.addAttribute("legalRep", legalRep);
			model.addAttribute("mobile", mobile);
			model.addAttribute("consent", consent);
		}

	}

}
