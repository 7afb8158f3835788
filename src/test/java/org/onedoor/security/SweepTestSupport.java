package org.onedoor.security;

import org.onedoor.appeals.Appeals;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The context the sweeps share: demo data on (the desk tests' context, so a full build starts it
 * once), MockMvc, and Spring MVC's own list of mappings, so new endpoints are swept automatically.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class SweepTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Appeals appeals;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	UnitScopeFixtures fixtures() {
		return new UnitScopeFixtures(mvc, jdbc, accounts, appeals);
	}

}
