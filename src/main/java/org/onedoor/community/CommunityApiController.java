package org.onedoor.community;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.onedoor.shared.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The public machine contract: the summary JSON, each activity's iCalendar file, report photos. */
@RestController
class CommunityApiController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final Communities communities;

	private final Activities activities;

	private final ActivityPhotos photos;

	CommunityApiController(Communities communities, Activities activities, ActivityPhotos photos) {
		this.communities = communities;
		this.activities = activities;
		this.photos = photos;
	}

	@GetMapping(path = "/api/community/summary", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, List<CommunitySummary>> summary() {
		return Map.of("communities", communities.summaries());
	}

	@GetMapping("/community/activities/{id:\\d+}.ics")
	ResponseEntity<String> calendar(@PathVariable long id, HttpServletRequest request) {
		Activity activity = activities.find(id);
		String url = ServletUriComponentsBuilder.fromContextPath(request).path("/community/activities/{id}")
			.buildAndExpand(id).toUriString();
		return ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.header("Content-Disposition", "inline; filename=\"activity-" + id + ".ics\"")
			.body(ActivityCalendar.ics(activity, url));
	}

	@GetMapping("/community/activities/{id:\\d+}/photos/{photoId:\\d+}")
	ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
		ActivityPhotos.Photo photo = photos.find(id, photoId)
			.orElseThrow(() -> new NotFoundException("community.photo.notFound"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(7)).cachePublic())
			.header("X-Content-Type-Options", "nosniff")
			.body(photo.bytes());
	}

}
