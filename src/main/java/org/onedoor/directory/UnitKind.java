package org.onedoor.directory;

/** What sort of government unit it is; decides where it stands when work is routed and escalated. */
public enum UnitKind {

	/** 人民政府 / 办公厅（室）: the government office of a division. */
	GOVERNMENT_OFFICE,
	/** 部门: a department such as 住房和城乡建设局. */
	DEPARTMENT,
	/** 12345 政务服务便民热线 centre. */
	HOTLINE_CENTRE,
	/** 乡镇（街道）便民服务中心. */
	TOWNSHIP_SERVICE_CENTRE,
	/** 村（社区）便民服务站. */
	VILLAGE_SERVICE_POINT

}
