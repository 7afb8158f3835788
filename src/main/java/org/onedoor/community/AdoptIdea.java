package org.onedoor.community;

import org.onedoor.identity.SignedIn;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adopting an idea plans its activity in the same step, crediting the neighbour who proposed it;
 * the activity takes the idea's title and description unless the organiser gives its own. */
@Service
class AdoptIdea {

	private final Ideas ideas;

	private final Activities activities;

	AdoptIdea(Ideas ideas, Activities activities) {
		this.ideas = ideas;
		this.activities = activities;
	}

	@Transactional
	long adopt(long ideaId, String reason, NewActivity activity, SignedIn organiser) {
		Ideas.Idea idea = ideas.find(ideaId);
		boolean untitled = activity.title() == null || activity.title().isBlank();
		NewActivity checked = new NewActivity(untitled ? idea.title() : activity.title(),
				untitled ? idea.description() : activity.description(), activity.place(), activity.startsAt(),
				activity.endsAt(), activity.capacity(), activity.teamId()).checked();
		ideas.adopt(ideaId, reason, organiser);
		return activities.create(idea.communityId(), checked, ideaId, idea.proposerName(), organiser);
	}

}
