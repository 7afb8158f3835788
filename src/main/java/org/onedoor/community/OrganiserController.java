package org.onedoor.community;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.onedoor.identity.CurrentUser;
import org.onedoor.identity.SignedIn;
import org.onedoor.shared.InvalidInputException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The organiser's and volunteer's console: ideas to answer, activities to run, hours to confirm. */
@Controller
@PreAuthorize("hasAnyRole('COMMUNITY_ORGANISER', 'VOLUNTEER')")
class OrganiserController {

	private final CurrentUser currentUser;

	private final Communities communities;

	private final Ideas ideas;

	private final AdoptIdea adoptIdea;

	private final Teams teams;

	private final Activities activities;

	private final Registrations registrations;

	private final ActivityPhotos photos;

	private final ElderCare care;

	private final TimeBank bank;

	private final Clock clock;

	OrganiserController(CurrentUser currentUser, Communities communities, Ideas ideas, AdoptIdea adoptIdea,
			Teams teams, Activities activities, Registrations registrations, ActivityPhotos photos, ElderCare care,
			TimeBank bank, Clock clock) {
		this.currentUser = currentUser;
		this.communities = communities;
		this.ideas = ideas;
		this.adoptIdea = adoptIdea;
		this.teams = teams;
		this.activities = activities;
		this.registrations = registrations;
		this.photos = photos;
		this.care = care;
		this.bank = bank;
		this.clock = clock;
	}

	@GetMapping("/console/community")
	String dashboard(Model model) {
		SignedIn me = currentUser.require();
		List<Community> organised = communities.organisedBy(me);
		List<Long> ids = organised.stream().map(Community::id).toList();
		model.addAttribute("organised", organised);
		model.addAttribute("openIdeas", ideas.open(ids));
		model.addAttribute("overdueIdeas", ideas.overdueCount(ids));
		model.addAttribute("today", ideas.today());
		model.addAttribute("alerts", care.overdue(me));
		model.addAttribute("claims", bank.awaitingOrganiser(ids));
		model.addAttribute("teams", organised.stream().flatMap(c -> teams.of(c.id()).stream()).toList());
		model.addAttribute("joinRequests", organised.stream()
			.flatMap(c -> teams.of(c.id()).stream())
			.flatMap(t -> teams.pendingFor(t.id()).stream().map(m -> new Object[] { t, m }))
			.toList());
		model.addAttribute("upcoming", organised.stream().flatMap(c -> activities.upcoming(c.id(), 10).stream()).toList());
		model.addAttribute("kinds", teams.kinds());
		model.addAttribute("community", communities.servedBy(me).orElse(null));
		return "community/console/dashboard";
	}

	@PostMapping("/console/community/ideas/{id}/answer")
	@PreAuthorize("hasRole('COMMUNITY_ORGANISER')")
	String answer(@PathVariable long id, @RequestParam IdeaStatus answer, @RequestParam(defaultValue = "") String reason,
			@RequestParam(required = false) Long mergedInto, @RequestParam(required = false) String place,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
			@RequestParam(required = false) Integer hours, @RequestParam(required = false) Integer capacity,
			RedirectAttributes redirect) {
		SignedIn me = currentUser.require();
		if (answer == IdeaStatus.ADOPTED) {
			Ideas.Idea idea = ideas.find(id);
			LocalDateTime ends = startsAt == null ? null : startsAt.plusHours(hours == null ? 2 : Math.max(1, Math.min(hours, 12)));
			long activity = adoptIdea.adopt(id, reason,
					new NewActivity(idea.title(), idea.description(), place, startsAt, ends, capacity, null), me);
			redirect.addFlashAttribute("adopted", true);
			return "redirect:/console/community/activities/" + activity;
		}
		ideas.answer(id, answer, reason, mergedInto, me);
		redirect.addFlashAttribute("answered", true);
		return "redirect:/console/community";
	}

	@PostMapping("/console/community/activities")
	@PreAuthorize("hasRole('COMMUNITY_ORGANISER')")
	String create(@RequestParam long communityId, @RequestParam String title, @RequestParam(defaultValue = "") String description,
			@RequestParam String place,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
			@RequestParam(required = false) Integer capacity, @RequestParam(required = false) Long teamId) {
		long id = activities.create(communityId,
				new NewActivity(title, description, place, startsAt, endsAt, capacity, teamId), null, null,
				currentUser.require());
		return "redirect:/console/community/activities/" + id;
	}

	@PostMapping("/console/community/teams")
	@PreAuthorize("hasRole('COMMUNITY_ORGANISER')")
	String createTeam(@RequestParam long communityId, @RequestParam String kind, @RequestParam String name,
			@RequestParam(defaultValue = "") String description) {
		SignedIn me = currentUser.require();
		if (!communities.organises(me, communityId)) {
			throw new AccessDeniedException("not an organiser of this community");
		}
		return "redirect:/community/teams/" + teams.create(communityId, kind, name, description, me);
	}

	@PostMapping("/console/community/teams/{teamId}/members/{accountId}")
	String decideMember(@PathVariable long teamId, @PathVariable long accountId, @RequestParam boolean approve) {
		teams.decide(teamId, accountId, approve, currentUser.require());
		return "redirect:/console/community";
	}

	@GetMapping("/console/community/activities/{id}")
	String activity(@PathVariable long id, Model model, HttpServletRequest request) {
		Activity activity = activities.find(id);
		SignedIn me = currentUser.require();
		boolean organiser = communities.organises(me, activity.communityId());
		if (!organiser && communities.servedBy(me).map(c -> c.id() != activity.communityId()).orElse(true)) {
			throw new AccessDeniedException("not staff of this community");
		}
		model.addAttribute("activity", activity);
		model.addAttribute("organiser", organiser);
		model.addAttribute("registrations", registrations.of(id));
		model.addAttribute("photos", photos.ids(id));
		if (organiser && !activity.cancelled() && activity.endsAt().isAfter(Instant.now(clock))) {
			Instant expires = activity.endsAt().plus(Duration.ofHours(2));
			String url = ServletUriComponentsBuilder.fromContextPath(request)
				.path("/community/checkin")
				.queryParam("activity", id)
				.queryParam("token", CheckInTokens.sign(id, expires, activities.checkinKey(id)))
				.toUriString();
			model.addAttribute("checkinUrl", url);
			model.addAttribute("qr", QrCodes.svg(url));
		}
		return "community/console/activity";
	}

	@PostMapping("/console/community/activities/{id}/report")
	@PreAuthorize("hasRole('COMMUNITY_ORGANISER')")
	String report(@PathVariable long id, @RequestParam String report, RedirectAttributes redirect) {
		activities.report(id, report, currentUser.require());
		redirect.addFlashAttribute("reported", true);
		return "redirect:/console/community/activities/" + id;
	}

	@PostMapping("/console/community/activities/{id}/photos")
	@PreAuthorize("hasRole('COMMUNITY_ORGANISER')")
	String photo(@PathVariable long id, @RequestParam("photo") MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("photo", "community.photo.empty");
		}
		photos.add(id, file.getBytes(), currentUser.require());
		redirect.addFlashAttribute("photoAdded", true);
		return "redirect:/console/community/activities/" + id;
	}

	@PostMapping("/console/community/claims/{id}/confirm")
	@PreAuthorize("hasRole('COMMUNITY_ORGANISER')")
	String confirmClaim(@PathVariable long id, RedirectAttributes redirect) {
		bank.confirmAsOrganiser(id, currentUser.require());
		redirect.addFlashAttribute("claimConfirmed", true);
		return "redirect:/console/community";
	}

}
