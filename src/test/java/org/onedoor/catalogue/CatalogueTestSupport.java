package org.onedoor.catalogue;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The one context the catalogue tests share: demo data on (Guizhou's demo catalogue with
 * 律师执业许可 {@value #LAWYER}), MockMvc, the ephemeral embedded database.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class CatalogueTestSupport {

	static final String LAWYER = "520000-000148001000";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	RequestPostProcessor as(String login) {
		return user(accounts.loadUserByUsername(login));
	}

}
