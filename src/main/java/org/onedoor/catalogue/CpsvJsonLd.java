package org.onedoor.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onedoor.catalogue.ItemDraft.Fee;
import org.onedoor.catalogue.ItemDraft.LegalBasis;

/**
 * An item as CPSV-AP JSON-LD (the EU Core Public Service Vocabulary): PublicService with its
 * inputs (Evidence), rules (Rule, implementing the legal resources), costs, channels and
 * processing time. China's two time limits have no CPSV term, so they sit in an extension with
 * its own context term {@code onedoor:}. Built from {@link ItemJson} so both answers agree.
 */
final class CpsvJsonLd {

	static final String MEDIA_TYPE = "application/ld+json";

	static final String EXTENSION = "https://onedoor.gov.cn/ns/catalogue#";

	private CpsvJsonLd() {
	}

	static Map<String, Object> of(ItemJson item, String base) {
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@context", context());
		ld.put("@id", item.guide());
		ld.put("@type", "PublicService");
		ld.put("identifier", item.code());
		ld.put("name", item.name());
		ld.put("description", item.summary());
		ld.put("language", "zh-CN");
		ld.put("thematicArea", item.lifeEvents());
		ld.put("type", item.kind());
		ld.put("hasCompetentAuthority", Map.of("@id", base + "/hall/departments/" + item.unitCode(), "@type",
				"PublicOrganisation", "identifier", item.unitCode(), "prefLabel", item.unit()));
		ld.put("hasInput", item.materials().stream().map(CpsvJsonLd::evidence).toList());
		ld.put("follows", rules(item));
		ld.put("hasCost", costs(item));
		ld.put("hasChannel", channels(item));
		ld.put("processingTime", "P" + item.promisedDays() + "D");
		ld.put("hasContactPoint", Map.of("@type", "ContactPoint", "telephone", item.consultPhone(), "onedoor:complaintPhone",
				item.complaintPhone(), "openingHours", item.hours()));
		Map<String, Object> limits = new LinkedHashMap<>();
		limits.put("@type", "onedoor:TimeLimits");
		limits.put("onedoor:unit", "working days");
		limits.put("onedoor:statutoryWorkingDays", item.statutoryDays());
		limits.put("onedoor:promisedWorkingDays", item.promisedDays());
		ld.put("onedoor:timeLimits", limits);
		ld.put("onedoor:basicCode", item.basicCode());
		ld.put("onedoor:visitsInPerson", item.visitsInPerson());
		ld.put("onedoor:scope", item.scope());
		ld.put("onedoor:version", item.version());
		return ld;
	}

	private static Map<String, Object> context() {
		Map<String, Object> c = new LinkedHashMap<>();
		c.put("cpsv", "http://purl.org/vocab/cpsv#");
		c.put("cv", "http://data.europa.eu/m8g/");
		c.put("dct", "http://purl.org/dc/terms/");
		c.put("eli", "http://data.europa.eu/eli/ontology#");
		c.put("skos", "http://www.w3.org/2004/02/skos/core#");
		c.put("schema", "http://schema.org/");
		c.put("xsd", "http://www.w3.org/2001/XMLSchema#");
		c.put("onedoor", EXTENSION);
		c.put("PublicService", "cpsv:PublicService");
		c.put("Evidence", "cv:Evidence");
		c.put("Rule", "cpsv:Rule");
		c.put("Cost", "cv:Cost");
		c.put("Channel", "cv:Channel");
		c.put("PublicOrganisation", "cv:PublicOrganisation");
		c.put("LegalResource", "eli:LegalResource");
		c.put("ContactPoint", "schema:ContactPoint");
		c.put("identifier", "dct:identifier");
		c.put("name", "dct:title");
		c.put("description", "dct:description");
		c.put("language", "dct:language");
		c.put("type", "dct:type");
		c.put("prefLabel", "skos:prefLabel");
		c.put("thematicArea", "cv:thematicArea");
		c.put("hasCompetentAuthority", "cv:hasCompetentAuthority");
		c.put("hasInput", Map.of("@id", "cpsv:hasInput", "@container", "@set"));
		c.put("follows", Map.of("@id", "cpsv:follows", "@container", "@set"));
		c.put("implements", "cpsv:implements");
		c.put("hasCost", Map.of("@id", "cv:hasCost", "@container", "@set"));
		c.put("hasChannel", Map.of("@id", "cv:hasChannel", "@container", "@set"));
		c.put("processingTime", Map.of("@id", "cv:processingTime", "@type", "xsd:duration"));
		c.put("value", "cv:value");
		c.put("currency", "cv:currency");
		c.put("hasContactPoint", "cv:hasContactPoint");
		c.put("telephone", "schema:telephone");
		c.put("openingHours", "schema:openingHours");
		return c;
	}

	private static Map<String, Object> evidence(ItemJson.Material m) {
		Map<String, Object> e = new LinkedHashMap<>();
		e.put("@type", "Evidence");
		e.put("identifier", m.code());
		e.put("name", m.name());
		e.put("description", m.standard());
		e.put("type", m.form());
		e.put("onedoor:required", m.required());
		if (m.condition() != null) {
			e.put("onedoor:condition", m.condition());
		}
		e.put("onedoor:source", m.source());
		e.put("onedoor:copies", m.copies());
		e.put("onedoor:legalBasis", m.legalBasis());
		if (m.blankForm() != null) {
			e.put("onedoor:blankForm", m.blankForm());
		}
		if (m.sample() != null) {
			e.put("onedoor:sample", m.sample());
		}
		return e;
	}

	private static List<Map<String, Object>> rules(ItemJson item) {
		List<Map<String, Object>> rules = new ArrayList<>();
		int n = 0;
		for (LegalBasis b : item.legalBases()) {
			Map<String, Object> rule = new LinkedHashMap<>();
			rule.put("@type", "Rule");
			rule.put("identifier", item.code() + "/rule/" + ++n);
			rule.put("name", b.citation());
			if (b.excerpt() != null && !b.excerpt().isBlank()) {
				rule.put("description", b.excerpt());
			}
			rule.put("implements", Map.of("@type", "LegalResource", "name", b.law()));
			rules.add(rule);
		}
		return rules;
	}

	private static List<Map<String, Object>> costs(ItemJson item) {
		if (item.fees().isEmpty()) {
			return List.of(Map.of("@type", "Cost", "value", 0, "currency", "CNY", "description", "不收费 free of charge"));
		}
		List<Map<String, Object>> costs = new ArrayList<>();
		for (Fee fee : item.fees()) {
			costs.add(Map.of("@type", "Cost", "value", fee.amount(), "currency", "CNY", "description", fee.name(),
					"onedoor:basis", fee.basis()));
		}
		return costs;
	}

	private static List<Map<String, Object>> channels(ItemJson item) {
		List<Map<String, Object>> channels = new ArrayList<>();
		if (item.online()) {
			channels.add(Map.of("@type", "Channel", "type", "online", "description", "网上办理 online",
					"onedoor:url", item.guide().replace("/hall/items/", "/hall/apply/")));
		}
		channels.add(Map.of("@type", "Channel", "type", "assisted", "description", "窗口办理 " + item.place(),
				"openingHours", item.hours(), "onedoor:visitsInPerson", item.visitsInPerson()));
		return channels;
	}

}
