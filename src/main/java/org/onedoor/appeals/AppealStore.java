package org.onedoor.appeals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.onedoor.appeals.reference.CategoryTable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The appeal tables, in plain SQL: intake is the hot path and every statement here is one round trip. */
@Repository
class AppealStore {

	private final JdbcClient jdbc;

	private final CategoryTable categories;

	AppealStore(JdbcClient jdbc, CategoryTable categories) {
		this.jdbc = jdbc;
		this.categories = categories;
	}

	/** @return the new appeal's id, or empty when the tracking number is taken (the caller draws another) */
	Optional<Long> insert(NewAppeal a, TrackingNumber number, Instant now, Instant acceptBy) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		int inserted = jdbc.sql("""
				insert into appeals.appeal(tracking_number, channel, type, petition_type, title, content, category_code,
				    division_code, address, latitude, longitude, citizen_name, citizen_mobile, citizen_id_number,
				    citizen_account_id, anonymous, confidential, urgency, filed_by_account_id, filed_on_behalf, status,
				    registered_at, updated_at, stage_deadline, citizen_email)
				values (:number, :channel, :type, :petitionType, :title, :content, :category, :division, :address,
				    :latitude, :longitude, :name, :mobile, :idNumber, :account, :anonymous, :confidential, :urgency,
				    :filedBy, :onBehalf, 'REGISTERED', :now, :now, :acceptBy, :email)
				on conflict (tracking_number) do nothing""")
			.param("number", number.value())
			.param("channel", a.channel().name())
			.param("type", a.type().name())
			.param("petitionType", a.petitionType() == null ? null : a.petitionType().name())
			.param("title", a.title())
			.param("content", a.content())
			.param("category", a.categoryCode())
			.param("division", a.divisionCode())
			.param("address", a.address())
			.param("latitude", a.latitude())
			.param("longitude", a.longitude())
			.param("name", a.anonymous() ? null : a.citizenName())
			.param("mobile", a.citizenMobile())
			.param("idNumber", a.citizenIdNumber())
			.param("account", a.citizenAccountId())
			.param("anonymous", a.anonymous())
			.param("confidential", a.confidential())
			.param("urgency", a.urgency().name())
			.param("filedBy", a.filedByAccountId())
			.param("onBehalf", a.filedOnBehalf())
			.param("now", Timestamp.from(now))
			.param("acceptBy", acceptBy == null ? null : Timestamp.from(acceptBy))
			.param("email", a.citizenEmail())
			.update(key, "id");
		// a clash must not raise: in PostgreSQL an error ends the whole transaction, retry included
		return inserted == 0 ? Optional.empty() : Optional.of(key.getKeyAs(Long.class));
	}

	/** From this node's copy of the category tree, current as of the transaction's first look. */
	boolean categoryUsable(String code) {
		return categories.usable(code);
	}

	void recordTransition(long appealId, String action, AppealStatus from, AppealStatus to, Actor actor, String reason,
			boolean publicStep) {
		jdbc.sql("""
				insert into appeals.appeal_transition(appeal_id, action, from_status, to_status, actor, actor_account_id,
				    unit_id, reason, public)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(appealId, action, from == null ? null : from.name(), to.name(), actor.name(), actor.accountId(),
					actor.unitId(), reason, publicStep)
			.update();
	}

}
