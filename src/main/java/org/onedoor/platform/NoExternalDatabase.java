package org.onedoor.platform;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True unless {@code spring.datasource.url} (e.g. SPRING_DATASOURCE_URL) names a server. */
class NoExternalDatabase implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
	}

	static boolean in(org.springframework.core.env.Environment environment) {
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

}
