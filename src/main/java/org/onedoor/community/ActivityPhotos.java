package org.onedoor.community;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.Tika;
import org.onedoor.identity.SignedIn;
import org.onedoor.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos for an activity's report, kept in PostgreSQL next to the report. The type is read
 * from the bytes (Tika), never trusted from the file name or the browser.
 */
@Service
class ActivityPhotos {

	static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "image/webp");

	static final int MAX_PER_ACTIVITY = 9;

	record Photo(String contentType, byte[] bytes) {
	}

	private static final Tika TIKA = new Tika();

	private final JdbcClient jdbc;

	private final Activities activities;

	private final Communities communities;

	private final long maxBytes;

	ActivityPhotos(JdbcClient jdbc, Activities activities, Communities communities,
			@Value("${onedoor.community.photo-max-bytes:5242880}") long maxBytes) {
		this.jdbc = jdbc;
		this.activities = activities;
		this.communities = communities;
		this.maxBytes = Math.min(maxBytes, 5_242_880);
	}

	@Transactional
	long add(long activityId, byte[] bytes, SignedIn organiser) {
		Activity activity = activities.find(activityId);
		if (!communities.organises(organiser, activity.communityId())) {
			throw new AccessDeniedException("not an organiser of this community");
		}
		return store(activityId, bytes);
	}

	long store(long activityId, byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new InvalidInputException("photo", "community.photo.empty");
		}
		if (bytes.length > maxBytes) {
			throw new InvalidInputException("photo", "community.photo.tooLarge", maxBytes / 1024 / 1024);
		}
		String type = TIKA.detect(bytes);
		if (!TYPES.contains(type)) {
			throw new InvalidInputException("photo", "community.photo.type");
		}
		if (ids(activityId).size() >= MAX_PER_ACTIVITY) {
			throw new InvalidInputException("photo", "community.photo.tooMany", MAX_PER_ACTIVITY);
		}
		return jdbc.sql("insert into community.activity_photo(activity_id, content_type, bytes) values (?, ?, ?) returning id")
			.params(activityId, type, bytes)
			.query(Long.class)
			.single();
	}

	List<Long> ids(long activityId) {
		return jdbc.sql("select id from community.activity_photo where activity_id = ? order by id")
			.param(activityId)
			.query(Long.class)
			.list();
	}

	Optional<Photo> find(long activityId, long photoId) {
		return jdbc.sql("select content_type, bytes from community.activity_photo where id = ? and activity_id = ?")
			.params(photoId, activityId)
			.query(Photo.class)
			.optional();
	}

}
