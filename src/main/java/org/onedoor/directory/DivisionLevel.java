package org.onedoor.directory;

/** The five levels of China's statistical division codes. */
public enum DivisionLevel {

	/** 省级: 2 significant digits. */
	PROVINCE,
	/** 地级: 4 significant digits. */
	CITY,
	/** 县级: 6 significant digits. */
	COUNTY,
	/** 乡级 (镇, 乡, 街道): 9 significant digits. */
	TOWNSHIP,
	/** 村级 (村委会, 居委会): all 12 digits. */
	VILLAGE

}
