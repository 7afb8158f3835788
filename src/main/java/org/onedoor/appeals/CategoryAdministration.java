package org.onedoor.appeals;

import java.util.List;

import org.onedoor.audit.AuditLog;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the appeal category tree (一级 / 二级 / 三级分类) up to date without a release: add a
 * category under another, rename one, retire or restore one. Codes never change, because
 * appeals, deadline rules and statistics refer to them; a retired category takes no new appeals.
 */
@Service
class CategoryAdministration {

	static final int NAME_MAX = 60;

	/** One node of the tree as the console lists it. */
	record Category(String code, String name, String parentCode, int level, boolean active) {
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	CategoryAdministration(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	List<Category> tree() {
		return jdbc.sql("select code, name, parent_code, level, active from appeals.category order by code")
			.query(Category.class)
			.list();
	}

	@Transactional
	String add(String parentCode, String name) {
		String clean = checkedName(name);
		Category parent = parentCode == null || parentCode.isBlank() ? null : find(parentCode);
		if (parent != null && parent.level() >= 3) {
			throw new InvalidInputException("parentCode", "appeals.categories.tooDeep");
		}
		if (parent != null && !parent.active()) {
			throw new InvalidInputException("parentCode", "appeals.categories.parentRetired");
		}
		String prefix = parent == null ? "" : parent.code();
		lockSiblings(prefix);
		refuseTwin(prefix, clean, null);
		int next = jdbc.sql("select coalesce(max(substring(code from ? for 2)::int), 0) + 1 from appeals.category "
				+ "where coalesce(parent_code, '') = ?")
			.params(prefix.length() + 1, prefix)
			.query(Integer.class)
			.single();
		if (next > 99) {
			throw new InvalidInputException("parentCode", "appeals.categories.full");
		}
		String code = prefix + String.format("%02d", next);
		jdbc.sql("insert into appeals.category(code, name, parent_code, level) values (?, ?, ?, ?)")
			.params(code, clean, parent == null ? null : parent.code(), parent == null ? 1 : parent.level() + 1)
			.update();
		audit.record("appeals.category.added", "appeal-category", code, clean);
		return code;
	}

	@Transactional
	void rename(String code, String name) {
		Category category = find(code);
		String clean = checkedName(name);
		refuseTwin(category.parentCode() == null ? "" : category.parentCode(), clean, code);
		jdbc.sql("update appeals.category set name = ? where code = ?").params(clean, code).update();
		audit.record("appeals.category.renamed", "appeal-category", code, category.name() + " → " + clean);
	}

	/** Retiring a category retires everything under it; restoring restores only the one asked for. */
	@Transactional
	void setActive(String code, boolean active) {
		Category category = find(code);
		if (active && category.parentCode() != null && !find(category.parentCode()).active()) {
			throw new InvalidInputException("code", "appeals.categories.parentRetired");
		}
		String scope = active ? "code = ?" : "code like ? || '%'";
		jdbc.sql("update appeals.category set active = ? where " + scope).params(active, code).update();
		audit.record(active ? "appeals.category.restored" : "appeals.category.retired", "appeal-category", code,
				category.name());
	}

	private Category find(String code) {
		return jdbc.sql("select code, name, parent_code, level, active from appeals.category where code = ?")
			.param(code == null ? "" : code)
			.query(Category.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("appeals.categories.notFound"));
	}

	private void lockSiblings(String prefix) {
		// two administrators adding under the same parent must not pick the same next code
		jdbc.sql("select pg_advisory_xact_lock(hashtext('appeals.category:' || ?))").param(prefix).query().singleRow();
	}

	private void refuseTwin(String prefix, String name, String except) {
		boolean twin = jdbc.sql("select count(*) from appeals.category where coalesce(parent_code, '') = ? and name = ? "
				+ "and code <> coalesce(?, '')")
			.params(prefix, name, except)
			.query(Long.class)
			.single() > 0;
		if (twin) {
			throw new InvalidInputException("name", "appeals.categories.duplicate", name);
		}
	}

	private static String checkedName(String name) {
		String clean = name == null ? "" : name.strip();
		if (clean.isEmpty()) {
			throw new InvalidInputException("name", "appeals.categories.name.required");
		}
		if (clean.length() > NAME_MAX || clean.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidInputException("name", "appeals.intake.tooLong", NAME_MAX);
		}
		return clean;
	}

}
