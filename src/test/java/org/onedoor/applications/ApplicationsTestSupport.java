package org.onedoor.applications;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The context application tests share (same as the community tests: demo data, MockMvc, the
 * embedded database) and a catalogue item of 贵阳市城市管理局 with three steps, inserted by this
 * fixture because the catalogue's demo items live on another branch.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class ApplicationsTestSupport {

	static final String ITEM = "TEST-GYCGJ-JZLJ";

	static final String CITIZEN = "13800000001";

	static final String ID_NUMBER = "52010219650312402X";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	RequestPostProcessor as(String login) {
		return user(accounts.loadUserByUsername(login));
	}

	long unitId(String code) {
		return jdbc.sql("select id from directory.unit where code = ?").param(code).query(Long.class).single();
	}

	@BeforeEach
	void catalogueItem() {
		if (jdbc.sql("select count(*) from catalogue.item where code = ?").param(ITEM).query(Integer.class).single() > 0) {
			return;
		}
		long item = jdbc.sql("""
				insert into catalogue.item(code, basic_code, name, kind, unit_id, unit_code, statutory_days, promised_days,
				  online, visits_in_person) values (?, '000112001000', '城市建筑垃圾处置核准', 'ADMINISTRATIVE_LICENCE', ?,
				  'GY-CGJ', 20, 10, true, 0) returning id""")
			.params(ITEM, unitId("GY-CGJ")).query(Long.class).single();
		jdbc.sql("""
				insert into catalogue.material(item_id, position, code, name, form, required, condition, copies) values
				  (?, 1, 'M01', '城市建筑垃圾处置核准申请表', 'ORIGINAL', true, null, 1),
				  (?, 2, 'M02', '建筑垃圾处置方案', 'ELECTRONIC', true, null, 1),
				  (?, 3, 'M03', '委托书', 'ORIGINAL', false, '委托他人办理的', 1)""").params(item, item, item).update();
		jdbc.sql("""
				insert into catalogue.step(item_id, position, name, role, unit_code, working_days) values
				  (?, 1, '受理', 'WINDOW_CLERK', null, 1), (?, 2, '审查', 'UNIT_HANDLER', null, 6),
				  (?, 3, '决定', 'UNIT_HEAD', null, 3)""").params(item, item, item).update();
	}

	static byte[] pdf() throws IOException {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.addPage(new PDPage());
			doc.save(out);
			return out.toByteArray();
		}
	}

}
