package org.onedoor.catalogue;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.onedoor.catalogue.ItemDraft.Fee;
import org.onedoor.catalogue.ItemDraft.LegalBasis;
import org.onedoor.catalogue.ItemDraft.MaterialDraft;
import org.onedoor.catalogue.ItemDraft.StepDraft;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The current version of each item in catalogue.item and its child tables. Writing replaces
 * the children wholesale: a version is one consistent whole, and the previous one survives as
 * a snapshot in {@link ItemVersions}.
 */
@Repository
class ItemStore {

	private final JdbcClient jdbc;

	ItemStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Long> idOf(String code) {
		return jdbc.sql("select id from catalogue.item where code = ?").param(code).query(Long.class).optional();
	}

	boolean published(long id) {
		return jdbc.sql("select published from catalogue.item where id = ?").param(id).query(Boolean.class).single();
	}

	long insert(ItemDraft d, long unitId, String actor) {
		long id = jdbc.sql("""
				insert into catalogue.item(code, basic_code, name, kind, unit_id, unit_code, statutory_days,
				  promised_days, online, visits_in_person, version, published, level, summary, conditions, place, hours,
				  consult_phone, complaint_phone, scope, life_events, updated_by)
				values (:code, :basicCode, :name, :kind, :unitId, :unitCode, :statutoryDays, :promisedDays, :online,
				  :visits, 1, false, :level, :summary, :conditions, :place, :hours, :consultPhone, :complaintPhone,
				  :scope, string_to_array(:events, ','), :actor) returning id""")
			.params(new ItemParams(d, unitId, actor).map())
			.query(Long.class)
			.single();
		writeChildren(id, d);
		return id;
	}

	/** Stores {@code d} as the next version; refuses when someone else saved since {@code expectedVersion}. */
	int update(long id, int expectedVersion, ItemDraft d, long unitId, String actor) {
		int changed = jdbc.sql("""
				update catalogue.item set basic_code = :basicCode, name = :name, kind = :kind, unit_id = :unitId,
				  unit_code = :unitCode, statutory_days = :statutoryDays, promised_days = :promisedDays,
				  online = :online, visits_in_person = :visits, level = :level, summary = :summary,
				  conditions = :conditions, place = :place, hours = :hours, consult_phone = :consultPhone,
				  complaint_phone = :complaintPhone, scope = :scope, life_events = string_to_array(:events, ','),
				  updated_by = :actor, updated_at = now(), version = version + 1
				where id = :id and version = :expected""")
			.params(new ItemParams(d, unitId, actor).map())
			.param("id", id)
			.param("expected", expectedVersion)
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("catalogue item " + id + " changed since version " + expectedVersion);
		}
		jdbc.sql("delete from catalogue.item_basis where item_id = ?").param(id).update();
		jdbc.sql("delete from catalogue.item_fee where item_id = ?").param(id).update();
		jdbc.sql("delete from catalogue.material where item_id = ?").param(id).update();
		jdbc.sql("delete from catalogue.step where item_id = ?").param(id).update();
		writeChildren(id, d);
		return expectedVersion + 1;
	}

	void setPublished(long id, int expectedVersion, boolean published, String actor) {
		int changed = jdbc.sql("""
				update catalogue.item set published = ?, version = version + 1, updated_by = ?, updated_at = now()
				where id = ? and version = ?""").params(published, actor, id, expectedVersion).update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("catalogue item " + id + " changed since version " + expectedVersion);
		}
	}

	private void writeChildren(long id, ItemDraft d) {
		int position = 0;
		for (LegalBasis b : d.bases()) {
			jdbc.sql("insert into catalogue.item_basis(item_id, position, law, article, excerpt) values (?, ?, ?, ?, ?)")
				.params(id, ++position, b.law(), text(b.article()), text(b.excerpt())).update();
		}
		position = 0;
		for (Fee f : d.fees()) {
			jdbc.sql("insert into catalogue.item_fee(item_id, position, name, amount, basis) values (?, ?, ?, ?, ?)")
				.params(id, ++position, f.name(), f.amount(), f.basis()).update();
		}
		position = 0;
		for (MaterialDraft m : d.materials()) {
			jdbc.sql("""
					insert into catalogue.material(item_id, position, code, name, form, required, condition, copies,
					  source, standard, legal_basis, notes) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, ++position, m.code(), m.name(), m.form(), m.required(),
						m.required() ? null : m.condition(), m.copies(), text(m.source()), text(m.standard()),
						text(m.legalBasis()), text(m.notes()))
				.update();
		}
		position = 0;
		for (StepDraft s : d.steps()) {
			jdbc.sql("""
					insert into catalogue.step(item_id, position, name, role, unit_code, working_days, legal_basis)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, ++position, s.name(), s.role(), blankToNull(s.unitCode()), s.workingDays(),
						text(s.legalBasis()))
				.update();
		}
	}

	Optional<StoredItem> find(String code) {
		return jdbc.sql("select * from catalogue.item where code = ?").param(code).query(this::row).optional()
			.map(this::withChildren);
	}

	Optional<StoredItem> find(long id) {
		return jdbc.sql("select * from catalogue.item where id = ?").param(id).query(this::row).optional()
			.map(this::withChildren);
	}

	private StoredItem withChildren(StoredItem head) {
		long id = head.id();
		List<LegalBasis> bases = jdbc.sql("select law, article, excerpt from catalogue.item_basis where item_id = ? order by position")
			.param(id).query(LegalBasis.class).list();
		List<Fee> fees = jdbc.sql("select name, amount, basis from catalogue.item_fee where item_id = ? order by position")
			.param(id).query(Fee.class).list();
		List<MaterialDraft> materials = jdbc.sql("select * from catalogue.material where item_id = ? order by position")
			.param(id)
			.query((rs, n) -> new MaterialDraft(rs.getString("code"), rs.getString("name"), rs.getString("form"),
					rs.getBoolean("required"), rs.getString("condition"), rs.getString("source"), rs.getInt("copies"),
					rs.getString("standard"), rs.getString("legal_basis"), rs.getString("notes")))
			.list();
		List<StepDraft> steps = jdbc.sql("select * from catalogue.step where item_id = ? order by position")
			.param(id)
			.query((rs, n) -> new StepDraft(rs.getString("name"), rs.getString("role"), rs.getString("unit_code"),
					rs.getInt("working_days"), rs.getString("legal_basis")))
			.list();
		ItemDraft d = head.item();
		return head.with(new ItemDraft(d.code(), d.basicCode(), d.name(), d.kind(), d.unitCode(), d.level(),
				d.summary(), d.conditions(), bases, d.statutoryDays(), d.promisedDays(), fees, d.place(), d.hours(),
				d.consultPhone(), d.complaintPhone(), d.online(), d.visitsInPerson(), d.scope(), d.lifeEvents(),
				materials, steps));
	}

	private StoredItem row(ResultSet rs, int n) throws SQLException {
		ItemDraft head = new ItemDraft(rs.getString("code"), rs.getString("basic_code"), rs.getString("name"),
				rs.getString("kind"), rs.getString("unit_code"), rs.getString("level"), rs.getString("summary"),
				rs.getString("conditions"), null, rs.getInt("statutory_days"), rs.getInt("promised_days"), null,
				rs.getString("place"), rs.getString("hours"), rs.getString("consult_phone"),
				rs.getString("complaint_phone"), rs.getBoolean("online"), rs.getInt("visits_in_person"),
				rs.getString("scope"), strings(rs.getArray("life_events")), null, null);
		return new StoredItem(rs.getLong("id"), rs.getLong("unit_id"), rs.getInt("version"),
				rs.getBoolean("published"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"), head);
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** A row as stored, before the directory names its unit. */
	record StoredItem(long id, long unitId, int version, boolean published, java.time.Instant updatedAt,
			String updatedBy, ItemDraft item) {

		StoredItem with(ItemDraft full) {
			return new StoredItem(id, unitId, version, published, updatedAt, updatedBy, full);
		}

	}

}
