package org.onedoor.appeals.api;

import java.util.Optional;

import org.onedoor.appeals.Appeals;
import org.onedoor.appeals.NewAppeal;
import org.onedoor.appeals.RegisteredAppeal;
import org.onedoor.appeals.TrackingNumber;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers an appeal at most once per (client, Idempotency-Key). The key's row is inserted
 * first, in the same transaction as the appeal: a concurrent retry's insert waits on the
 * primary key until the first commits and then finds it, so two retries can never both register;
 * if the first fails, its row goes with it and the retry registers normally.
 */
@Service
class ChannelApiSubmissions {

	private final JdbcClient jdbc;

	private final Appeals appeals;

	ChannelApiSubmissions(JdbcClient jdbc, Appeals appeals) {
		this.jdbc = jdbc;
		this.appeals = appeals;
	}

	/**
	 * @param replayed true when this is a retry answered with the appeal made the first time
	 * @param mergedInto the appeal this one was merged into as the same matter, or null
	 */
	record Submitted(TrackingNumber trackingNumber, boolean replayed, TrackingNumber mergedInto) {
	}

	@Transactional
	Submitted submit(ApiClient client, String idempotencyKey, NewAppeal appeal) {
		String hash = ApiKeyHash.of(appeal.toString());
		int inserted = jdbc.sql("""
				insert into appeals.channel_submission(api_key_id, idempotency_key, request_hash)
				values (?, ?, ?) on conflict do nothing""")
			.params(client.keyId(), idempotencyKey, hash)
			.update();
		if (inserted == 0) {
			return replay(client, idempotencyKey, hash);
		}
		RegisteredAppeal registered = appeals.register(appeal, client.actor());
		jdbc.sql("update appeals.channel_submission set appeal_id = ? where api_key_id = ? and idempotency_key = ?")
			.params(registered.id(), client.keyId(), idempotencyKey)
			.update();
		return new Submitted(registered.trackingNumber(), false, registered.mergedInto());
	}

	private Submitted replay(ApiClient client, String idempotencyKey, String hash) {
		record Earlier(String hash, String trackingNumber, String mergedInto) {
		}
		Earlier earlier = jdbc.sql("""
				select s.request_hash, a.tracking_number, p.tracking_number from appeals.channel_submission s
				join appeals.appeal a on a.id = s.appeal_id
				left join appeals.appeal p on p.id = a.merged_into_id
				where s.api_key_id = ? and s.idempotency_key = ?""")
			.params(client.keyId(), idempotencyKey)
			.query((rs, n) -> new Earlier(rs.getString(1), rs.getString(2), rs.getString(3)))
			.single();
		if (!earlier.hash().equals(hash)) {
			throw new IdempotencyKeyReusedException(idempotencyKey);
		}
		return new Submitted(new TrackingNumber(earlier.trackingNumber()), true,
				earlier.mergedInto() == null ? null : new TrackingNumber(earlier.mergedInto()));
	}

	/** The appeal, if this client registered it: clients see their own submissions only. */
	Optional<Long> appealOf(ApiClient client, TrackingNumber number) {
		return jdbc.sql("""
				select a.id from appeals.channel_submission s join appeals.appeal a on a.id = s.appeal_id
				where s.api_key_id = ? and a.tracking_number = ?""")
			.params(client.keyId(), number.value())
			.query(Long.class)
			.optional();
	}

}
