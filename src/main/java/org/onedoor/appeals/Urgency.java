package org.onedoor.appeals;

/** 紧急程度. */
public enum Urgency {

	NORMAL, URGENT

}
