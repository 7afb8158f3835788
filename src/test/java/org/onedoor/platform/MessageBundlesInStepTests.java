package org.onedoor.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Chinese bundle has an English twin with exactly the same keys, and no value is blank,
 * so no page ever shows a raw key in either language.
 */
class MessageBundlesInStepTests {

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	@Test
	void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
		Resource[] chinese = resolver.getResources("classpath*:i18n/*.properties");
		int compared = 0;
		for (Resource zh : chinese) {
			String name = zh.getFilename();
			if (name == null || name.contains("_")) {
				continue;
			}
			Resource en = resolver.getResource("classpath:i18n/" + name.replace(".properties", "_en.properties"));
			assertThat(en.exists()).as("English twin of %s", name).isTrue();
			Properties zhKeys = load(zh);
			Properties enKeys = load(en);
			Set<String> onlyZh = difference(zhKeys.stringPropertyNames(), enKeys.stringPropertyNames());
			Set<String> onlyEn = difference(enKeys.stringPropertyNames(), zhKeys.stringPropertyNames());
			assertThat(onlyZh).as("keys in %s missing from English", name).isEmpty();
			assertThat(onlyEn).as("keys in English %s missing from Chinese", name).isEmpty();
			zhKeys.forEach((k, v) -> assertThat(v.toString()).as("%s in %s", k, name).isNotBlank());
			enKeys.forEach((k, v) -> assertThat(v.toString()).as("%s in English %s", k, name).isNotBlank());
			compared++;
		}
		assertThat(compared).as("bundles compared").isGreaterThanOrEqualTo(1);
	}

	@Test
	void chineseBundlesAreReallyChinese() throws IOException {
		Properties shell = load(resolver.getResource("classpath:i18n/messages.properties"));
		assertThat(shell.getProperty("app.name")).isEqualTo("一门通");
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

	private static Properties load(Resource resource) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
