package org.onedoor.community;

import java.util.List;

import org.onedoor.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The federation (联合会): pilot communities plus the enterprises and social organisations that joined. */
@Service
class Federation {

	record Info(long id, String name, String description) {
	}

	record Partner(String kind, String name, String contribution) {
	}

	record Page(Info federation, List<CommunitySummary> communities, List<Partner> partners) {
	}

	private final JdbcClient jdbc;

	private final Communities communities;

	Federation(JdbcClient jdbc, Communities communities) {
		this.jdbc = jdbc;
		this.communities = communities;
	}

	List<Info> all() {
		return jdbc.sql("select id, name, description from community.federation order by id").query(Info.class).list();
	}

	Page page(long id) {
		Info info = jdbc.sql("select id, name, description from community.federation where id = ?")
			.param(id)
			.query(Info.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("community.federation.notFound"));
		List<String> memberCodes = jdbc.sql("select code from community.community where federation_id = ?")
			.param(id)
			.query(String.class)
			.list();
		List<CommunitySummary> members = communities.summaries()
			.stream()
			.filter(s -> memberCodes.contains(s.code()))
			.toList();
		List<Partner> partners = jdbc
			.sql("select kind, name, contribution from community.federation_partner where federation_id = ? order by kind, id")
			.param(id)
			.query(Partner.class)
			.list();
		return new Page(info, members, partners);
	}

}
