package org.onedoor.applications;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.onedoor.applications.Application.Field;
import org.onedoor.catalogue.ServiceItem.ApprovalStep;
import org.onedoor.catalogue.ServiceItem.RequiredMaterial;
import org.onedoor.shared.NotFoundException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The application rows; JSON columns hold the form, the filed item's materials and steps, and the clock. */
@Repository
class ApplicationStore {

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	ApplicationStore(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long insert(Application a) {
		return jdbc.sql("""
				insert into applications.application(number, item_code, item_version, item_name, unit_id, hall_unit_id,
				  promised_days, channel, owner_account_id, filed_by_account, consent_note, applicant_kind, applicant_name,
				  id_number, credit_code, legal_rep, mobile, fields, materials, steps, state)
				values (:number, :itemCode, :itemVersion, :itemName, :unitId, :hall, :promised, :channel, :owner, :filedBy,
				  :consent, :kind, :name, :idNumber, :creditCode, :legalRep, :mobile, cast(:fields as jsonb),
				  cast(:materials as jsonb), cast(:steps as jsonb), 'DRAFT') returning id""")
			.param("number", a.number()).param("itemCode", a.itemCode()).param("itemVersion", a.itemVersion())
			.param("itemName", a.itemName()).param("unitId", a.unitId()).param("hall", a.hallUnitId())
			.param("promised", a.promisedDays()).param("channel", a.channel().name()).param("owner", a.ownerAccountId())
			.param("filedBy", a.filedByAccount()).param("consent", a.consentNote())
			.params(applicantParams(a.applicant()))
			.param("fields", json.writeValueAsString(a.fields()))
			.param("materials", json.writeValueAsString(a.materials()))
			.param("steps", json.writeValueAsString(a.steps()))
			.query(Long.class).single();
	}

	void updateForm(long id, Applicant applicant, List<Field> fields) {
		jdbc.sql("""
				update applications.application set applicant_kind = :kind, applicant_name = :name, id_number = :idNumber,
				  credit_code = :creditCode, legal_rep = :legalRep, mobile = :mobile, fields = cast(:fields as jsonb),
				  version = version + 1, updated_at = now() where id = :id""")
			.params(applicantParams(applicant)).param("fields", json.writeValueAsString(fields)).param("id", id)
			.update();
	}

	/** Writes the moving parts of the case after a use case decided them. */
	void updateProgress(long id, Progress a) {
		jdbc.sql("""
				update applications.application set state = :state, step_position = :step, step_role = :role,
				  step_unit_id = :stepUnit, step_started_on = :stepStarted, clock_runs = cast(:clock as jsonb),
				  notice_issued = :notice, submitted_on = :submitted, accepted_on = :accepted, decision = :decision,
				  decision_note = :decisionNote, result_number = :result, delivery = :delivery,
				  delivery_address = :address, tracking_number = :tracking, completed_on = :completed,
				  version = version + 1, updated_at = now() where id = :id""")
			.param("state", a.state.name()).param("step", a.stepPosition).param("role", a.stepRole)
			.param("stepUnit", a.stepUnitId).param("stepStarted", date(a.stepStartedOn))
			.param("clock", json.writeValueAsString(a.clock.texts())).param("notice", a.noticeIssued)
			.param("submitted", date(a.submittedOn)).param("accepted", date(a.acceptedOn))
			.param("decision", a.decision).param("decisionNote", a.decisionNote).param("result", a.resultNumber)
			.param("delivery", a.delivery).param("address", a.deliveryAddress).param("tracking", a.trackingNumber)
			.param("completed", date(a.completedOn)).param("id", id)
			.update();
	}

	Optional<Application> find(String number) {
		return jdbc.sql("select * from applications.application where number = ?").param(number).query(this::map).optional();
	}

	/** Locks the row for the rest of the transaction: two clerks pressing at once are served one after the other. */
	Application lock(String number) {
		return jdbc.sql("select * from applications.application where number = ? for update").param(number)
			.query(this::map).optional()
			.orElseThrow(() -> new NotFoundException("applications.notFound", number));
	}

	List<Application> ownedBy(long accountId) {
		return jdbc.sql("""
				select * from applications.application where owner_account_id = ? or (owner_account_id is null and filed_by_account = ?)
				order by updated_at desc limit 200""")
			.params(accountId, accountId).query(this::map).list();
	}

	List<Application> filedBy(long accountId, Channel channel) {
		return jdbc.sql("""
				select * from applications.application where filed_by_account = ? and channel = ?
				order by updated_at desc limit 200""")
			.params(accountId, channel.name()).query(this::map).list();
	}

	/** What waits for the window of these halls: submitted, or waiting for the applicant's correction. */
	List<Application> atHalls(List<Long> hallUnitIds) {
		if (hallUnitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from applications.application where hall_unit_id in (:halls)
				  and state in ('SUBMITTED', 'NOTICE_ISSUED', 'DECIDED') order by submitted_on, id limit 500""")
			.param("halls", hallUnitIds).query(this::map).list();
	}

	List<Application> atSteps(List<Long> unitIds, List<String> roles) {
		if (unitIds.isEmpty() || roles.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from applications.application where state = 'IN_APPROVAL' and step_unit_id in (:units)
				  and step_role in (:roles) order by step_started_on, id limit 500""")
			.param("units", unitIds).param("roles", roles).query(this::map).list();
	}

	List<Application> inApproval() {
		return jdbc.sql("select * from applications.application where state = 'IN_APPROVAL'").query(this::map).list();
	}

	void markWarned(long id, int step) {
		jdbc.sql("update applications.application set last_warned_step = ? where id = ?").params(step, id).update();
	}

	boolean warnedAt(long id, int step) {
		return jdbc.sql("select coalesce(last_warned_step, -1) = ? from applications.application where id = ?")
			.params(step, id).query(Boolean.class).single();
	}

	private Application map(ResultSet rs, int row) throws SQLException {
		Applicant applicant = new Applicant(Applicant.Kind.valueOf(rs.getString("applicant_kind")),
				rs.getString("applicant_name"), rs.getString("id_number"), rs.getString("credit_code"),
				rs.getString("legal_rep"), rs.getString("mobile"));
		return new Application(rs.getLong("id"), rs.getString("number"), rs.getString("item_code"),
				rs.getInt("item_version"), rs.getString("item_name"), rs.getLong("unit_id"), rs.getLong("hall_unit_id"),
				rs.getInt("promised_days"), Channel.valueOf(rs.getString("channel")),
				(Long) rs.getObject("owner_account_id", Long.class), rs.getLong("filed_by_account"),
				rs.getString("consent_note"), applicant,
				json.readValue(rs.getString("fields"), new TypeReference<List<Field>>() { }),
				json.readValue(rs.getString("materials"), new TypeReference<List<RequiredMaterial>>() { }),
				json.readValue(rs.getString("steps"), new TypeReference<List<ApprovalStep>>() { }),
				ApplicationState.valueOf(rs.getString("state")), (Integer) rs.getObject("step_position", Integer.class),
				rs.getString("step_role"), (Long) rs.getObject("step_unit_id", Long.class),
				local(rs.getDate("step_started_on")),
				ProcessingClock.of(json.readValue(rs.getString("clock_runs"), new TypeReference<List<String>>() { })),
				rs.getBoolean("notice_issued"), local(rs.getDate("submitted_on")), local(rs.getDate("accepted_on")),
				rs.getString("decision"), rs.getString("decision_note"), rs.getString("result_number"),
				rs.getString("delivery"), rs.getString("delivery_address"), rs.getString("tracking_number"),
				local(rs.getDate("completed_on")), rs.getInt("version"));
	}

	private static java.util.Map<String, Object> applicantParams(Applicant a) {
		java.util.Map<String, Object> p = new java.util.HashMap<>();
		p.put("kind", a.kind().name());
		p.put("name", a.name());
		p.put("idNumber", a.idNumber());
		p.put("creditCode", a.creditCode());
		p.put("legalRep", a.legalRep());
		p.put("mobile", a.mobile());
		return p;
	}

	private static LocalDate local(Date date) {
		return date == null ? null : date.toLocalDate();
	}

	private static Date date(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

}
