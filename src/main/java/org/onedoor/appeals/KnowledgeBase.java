package org.onedoor.appeals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.onedoor.audit.AuditLog;
import org.onedoor.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 知识库: answers an operator reads out during a call. Searched by every word typed (title,
 * keywords and text); the trigram index narrows, ILIKE decides, and often-used answers come
 * first among equals.
 */
@Service
class KnowledgeBase {

	record Answer(long id, String title, String keywords, String answer, int useCount) {
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	KnowledgeBase(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	List<Answer> search(String query, int limit) {
		List<String> words = query == null ? List.of()
				: Arrays.stream(query.strip().split("\\s+")).filter(w -> !w.isBlank()).limit(5).toList();
		StringBuilder sql = new StringBuilder("select id, title, keywords, answer, use_count from appeals.kb_answer where active");
		for (int i = 0; i < words.size(); i++) {
			sql.append(" and (title || ' ' || keywords || ' ' || answer) ilike ?");
		}
		sql.append(" order by use_count desc, id desc limit ?");
		var statement = jdbc.sql(sql.toString());
		for (String word : words) {
			statement = statement.param("%" + like(word) + "%");
		}
		return statement.param(limit).query(Answer.class).list();
	}

	Optional<Answer> find(long id) {
		return jdbc.sql("select id, title, keywords, answer, use_count from appeals.kb_answer where id = ? and active")
			.param(id)
			.query(Answer.class)
			.optional();
	}

	@Transactional
	long save(Long id, String title, String keywords, String answer, String editor) {
		List<IntakeProblem> problems = new java.util.ArrayList<>();
		if (title == null || title.isBlank() || title.strip().length() > 200) {
			problems.add(new IntakeProblem("title", "appeals.desk.kb.title.invalid"));
		}
		if (answer == null || answer.isBlank() || answer.strip().length() > 5000) {
			problems.add(new IntakeProblem("answer", "appeals.desk.kb.answer.invalid"));
		}
		if (keywords != null && keywords.length() > 500) {
			problems.add(new IntakeProblem("keywords", "appeals.intake.tooLong", 500));
		}
		if (!problems.isEmpty()) {
			throw new AppealNotRegisteredException(problems);
		}
		String words = keywords == null ? "" : keywords.strip();
		if (id == null) {
			long created = jdbc.sql("insert into appeals.kb_answer(title, keywords, answer, updated_by) values (?, ?, ?, ?) "
					+ "returning id").params(title.strip(), words, answer.strip(), editor).query(Long.class).single();
			audit.record("appeals.kb.create", "kb_answer", Long.toString(created), title.strip());
			return created;
		}
		int updated = jdbc.sql("update appeals.kb_answer set title = ?, keywords = ?, answer = ?, updated_by = ?, "
				+ "updated_at = now() where id = ?").params(title.strip(), words, answer.strip(), editor, id).update();
		if (updated == 0) {
			throw new InvalidInputException("id", "appeals.desk.kb.notFound");
		}
		audit.record("appeals.kb.update", "kb_answer", Long.toString(id), title.strip());
		return id;
	}

	void counted(long id) {
		jdbc.sql("update appeals.kb_answer set use_count = use_count + 1 where id = ?").param(id).update();
	}

	private static String like(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
