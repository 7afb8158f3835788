package org.onedoor.appeals.api;

import org.onedoor.appeals.Channel;
import org.onedoor.shared.DemoSeed;

import org.springframework.stereotype.Component;

/**
 * Demo API keys, published in the README so anyone can try the APIs against the demo:
 * {@code onedoor-demo-key} for Open311 and {@code onedoor-demo-wechat-key} for the channel API.
 * Demo data only: a real installation issues its keys in the console.
 */
@Component
class DemoApiKeys implements DemoSeed {

	static final String OPEN311_KEY = "onedoor-demo-key";

	static final String WECHAT_KEY = "onedoor-demo-wechat-key";

	private final ApiKeys keys;

	DemoApiKeys(ApiKeys keys) {
		this.keys = keys;
	}

	@Override
	public String name() {
		return "appeals.demo-api-keys";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public void seed() {
		keys.insert(OPEN311_KEY, "演示 Open311 客户端 (demo Open311 client)", Channel.OPEN311, "demo");
		keys.insert(WECHAT_KEY, "演示微信公众号 (demo WeChat account)", Channel.WECHAT, "demo");
	}

}
