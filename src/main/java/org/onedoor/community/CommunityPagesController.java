package org.onedoor.community;

import java.time.Clock;
import java.time.Instant;

import org.onedoor.identity.CurrentUser;
import org.onedoor.identity.SignedIn;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public pages: communities, their teams, ideas and activities, and the federation. */
@Controller
class CommunityPagesController {

	private final Communities communities;

	private final Federation federation;

	private final Teams teams;

	private final Ideas ideas;

	private final Activities activities;

	private final Registrations registrations;

	private final ActivityPhotos photos;

	private final CurrentUser currentUser;

	private final Clock clock;

	CommunityPagesController(Communities communities, Federation federation, Teams teams, Ideas ideas,
			Activities activities, Registrations registrations, ActivityPhotos photos, CurrentUser currentUser,
			Clock clock) {
		this.communities = communities;
		this.federation = federation;
		this.teams = teams;
		this.ideas = ideas;
		this.activities = activities;
		this.registrations = registrations;
		this.photos = photos;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@GetMapping("/community")
	String index(Model model) {
		model.addAttribute("summaries", communities.summaries());
		model.addAttribute("federations", federation.all());
		return "community/index";
	}

	@GetMapping("/community/c/{code}")
	String community(@PathVariable String code, Model model) {
		Community community = communities.byCode(code);
		model.addAttribute("community", community);
		model.addAttribute("summary", communities.summaryOf(code));
		model.addAttribute("teams", teams.of(community.id()));
		model.addAttribute("upcoming", activities.upcoming(community.id(), 10));
		model.addAttribute("past", activities.past(community.id(), 6));
		model.addAttribute("ideas", ideas.of(community.id(), 10));
		model.addAttribute("months", activities.byMonth(community.id()));
		model.addAttribute("today", ideas.today());
		return "community/community";
	}

	@GetMapping("/community/federations/{id}")
	String federation(@PathVariable long id, Model model) {
		model.addAttribute("page", federation.page(id));
		return "community/federation";
	}

	@GetMapping("/community/teams/{id}")
	String team(@PathVariable long id, Model model) {
		Teams.Team team = teams.find(id);
		model.addAttribute("team", team);
		model.addAttribute("community", communities.byId(team.communityId()));
		model.addAttribute("members", teams.members(id));
		model.addAttribute("activities", activities.ofTeam(id));
		model.addAttribute("myStatus", currentUser.get()
			.flatMap(s -> teams.members(id).stream().filter(m -> m.accountId() == s.accountId()).findFirst())
			.map(Teams.Member::status)
			.orElse(null));
		model.addAttribute("mayManage", currentUser.get().map(s -> teams.mayManage(team, s)).orElse(false));
		return "community/team";
	}

	@GetMapping("/community/ideas/{id}")
	String idea(@PathVariable long id, Model model) {
		Ideas.Idea idea = ideas.find(id);
		model.addAttribute("idea", idea);
		model.addAttribute("today", ideas.today());
		model.addAttribute("community", communities.byId(idea.communityId()));
		model.addAttribute("mergedInto", idea.mergedIntoId() == null ? null : ideas.find(idea.mergedIntoId()));
		SignedIn me = currentUser.get().orElse(null);
		model.addAttribute("supported", me != null && ideas.supports(id, me.accountId()));
		model.addAttribute("own", me != null && me.accountId() == idea.proposerAccountId());
		return "community/idea";
	}

	@GetMapping("/community/activities/{id:\\d+}")
	String activity(@PathVariable long id, Model model) {
		Activity activity = activities.find(id);
		model.addAttribute("activity", activity);
		model.addAttribute("community", communities.byId(activity.communityId()));
		model.addAttribute("photos", photos.ids(id));
		model.addAttribute("past", activity.past(Instant.now(clock)));
		model.addAttribute("open", !activity.cancelled() && activity.startsAt().isAfter(Instant.now(clock)));
		model.addAttribute("mine", currentUser.get().flatMap(s -> registrations.current(id, s.accountId())).orElse(null));
		model.addAttribute("waitingPosition", currentUser.get().map(s -> position(id, s.accountId())).orElse(0));
		return "community/activity";
	}

	private int position(long activityId, long accountId) {
		var waiting = registrations.waitingList(activityId);
		for (int i = 0; i < waiting.size(); i++) {
			if (waiting.get(i).accountId() == accountId) {
				return i + 1;
			}
		}
		return 0;
	}

}
