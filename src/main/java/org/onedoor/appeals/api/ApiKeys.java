package org.onedoor.appeals.api;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onedoor.appeals.Channel;
import org.onedoor.audit.AuditLog;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issuing, checking and revoking the keys machines file appeals with. Every change is audited. */
@Service
public class ApiKeys {

	/** The channels a machine may file on; the people's channels have their own pages. */
	static final Set<Channel> MACHINE_CHANNELS = EnumSet.of(Channel.OPEN311, Channel.APP, Channel.WECHAT,
			Channel.PROVINCE_PLATFORM);

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	ApiKeys(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The client a key belongs to, if the key is known and not revoked; notes when it was last used.
	 * One statement (a revocation holds for the very next call): the note is written at most once a
	 * minute per key, so busy clients do not turn every call into an update.
	 */
	public Optional<ApiClient> authenticate(String key) {
		if (key == null || key.isBlank() || key.length() > 200) {
			return Optional.empty();
		}
		return jdbc.sql("""
				with client as (select id, client_name, channel from appeals.api_key where key_hash = :hash and active),
				noted as (update appeals.api_key k set last_used_at = :now from client c
				    where k.id = c.id and (k.last_used_at is null or k.last_used_at < :since))
				select id, client_name, channel from client""")
			.param("hash", ApiKeyHash.of(key.strip()))
			.param("now", Timestamp.from(clock.instant()))
			.param("since", Timestamp.from(clock.instant().minusSeconds(60)))
			.query((rs, row) -> new ApiClient(rs.getLong(1), rs.getString(2), Channel.valueOf(rs.getString(3))))
			.optional();
	}

	/** Issues a key; the returned key is shown once and never stored. */
	@Transactional
	public String issue(String clientName, Channel channel, String createdBy) {
		String name = clientName == null ? "" : clientName.strip();
		if (name.isEmpty()) {
			throw new InvalidInputException("clientName", "appeals-api.keys.clientName.required");
		}
		if (name.length() > 100) {
			throw new InvalidInputException("clientName", "appeals-api.keys.clientName.tooLong", 100);
		}
		if (channel == null || !MACHINE_CHANNELS.contains(channel)) {
			throw new InvalidInputException("channel", "appeals-api.keys.channel.invalid");
		}
		String key = ApiKeyHash.newKey();
		long id = insert(key, name, channel, createdBy);
		audit.record("appeals.api-key.issued", "api-key", String.valueOf(id), name + " / " + channel);
		return key;
	}

	/** Stores a key chosen by the caller: only the demo seed does this, with its published demo key. */
	@Transactional
	long insert(String key, String clientName, Channel channel, String createdBy) {
		GeneratedKeyHolder id = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into appeals.api_key(key_hash, key_prefix, client_name, channel, created_by, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(ApiKeyHash.of(key), ApiKeyHash.prefix(key), clientName, channel.name(), createdBy,
					Timestamp.from(clock.instant()))
			.update(id, "id");
		return id.getKeyAs(Long.class);
	}

	@Transactional
	public void revoke(long id) {
		int changed = jdbc.sql("update appeals.api_key set active = false, revoked_at = ? where id = ? and active")
			.params(Timestamp.from(clock.instant()), id)
			.update();
		if (changed == 0) {
			throw new NotFoundException("appeals-api.keys.notFound");
		}
		audit.record("appeals.api-key.revoked", "api-key", String.valueOf(id), null);
	}

	List<ApiKeySummary> list() {
		return jdbc.sql("""
				select id, key_prefix, client_name, channel, active, created_by, created_at, last_used_at, revoked_at
				from appeals.api_key order by active desc, id desc""")
			.query(ApiKeySummary.class)
			.list();
	}

}
