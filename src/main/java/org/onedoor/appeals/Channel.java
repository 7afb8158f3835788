package org.onedoor.appeals;

/** Where an appeal came in. All channels land in the same flow. */
public enum Channel {

	/** 12345热线 */
	HOTLINE,
	/** 城市留言板 */
	MESSAGE_BOARD,
	/** 信访 (网上信访平台 or letters) */
	PETITION,
	/** Open311 GeoReport v2 */
	OPEN311,
	/** 政务App */
	APP,
	/** 微信 */
	WECHAT,
	/** 省级平台 */
	PROVINCE_PLATFORM,
	/** 窗口走访 */
	WALK_IN,
	/** 帮办代办 by a village agent */
	VILLAGE_AGENT;

	public boolean online() {
		return this == MESSAGE_BOARD || this == OPEN311 || this == APP || this == WECHAT || this == PROVINCE_PLATFORM;
	}

}
