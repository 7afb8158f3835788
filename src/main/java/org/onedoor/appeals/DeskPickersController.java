package org.onedoor.appeals;

import java.util.List;

import org.onedoor.directory.Directory;
import org.onedoor.directory.Division;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The searchable pickers every appeal form uses (htmx partials of {@code <option>}s): the
 * category tree by name, and divisions from the directory down to villages.
 */
@Controller
class DeskPickersController {

	/** One selectable category with its path from the top. */
	record CategoryOption(String code, String path) {
	}

	private final JdbcClient jdbc;

	private final Directory directory;

	DeskPickersController(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	@GetMapping("/appeals/pick/categories")
	String categories(@RequestParam(defaultValue = "") String categoryQuery, Model model) {
		model.addAttribute("categories", categories(categoryQuery));
		return "appeals/desk/pickers :: categories";
	}

	@GetMapping("/appeals/pick/divisions")
	String divisions(@RequestParam(defaultValue = "") String divisionQuery, Model model) {
		List<Division> found = divisionQuery.isBlank() ? List.of()
				: directory.searchDivisions(divisionQuery.strip(), null, 0, 30).items();
		model.addAttribute("divisions", found);
		return "appeals/desk/pickers :: divisions";
	}

	List<CategoryOption> categories(String query) {
		String like = "%" + query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc.sql("""
				select c.code, (select string_agg(a.name, ' / ' order by a.level) from appeals.category a
				                where c.code like a.code || '%') as path
				from appeals.category c
				where c.active and (c.name ilike :q or c.code like :q)
				order by c.code limit 40""").param("q", like).query(CategoryOption.class).list();
	}

}
