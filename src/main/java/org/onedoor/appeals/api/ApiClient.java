package org.onedoor.appeals.api;

import org.onedoor.appeals.Actor;
import org.onedoor.appeals.Channel;

/** A system allowed to file appeals, as identified by its API key. */
public record ApiClient(long keyId, String name, Channel channel) {

	/** How the client appears in the appeal's history. */
	public Actor actor() {
		return new Actor(name, null, null);
	}

}
