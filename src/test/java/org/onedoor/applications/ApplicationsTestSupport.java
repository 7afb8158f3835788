package org.onedoor.applications;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

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
 * embedded database). {@link #ITEM} is the catalogue's demo item 城市建筑垃圾处置核准 of
 * 贵阳市城市管理局 (受理 → 审查 by the demo handler → 核准 by the demo head).
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class ApplicationsTestSupport {

	static final String ITEM = "520100-000185002000";

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

	static byte[] pdf() throws IOException {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.addPage(new PDPage());
			doc.save(out);
			return out.toByteArray();
		}
	}

}
