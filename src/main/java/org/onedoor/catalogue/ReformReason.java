package org.onedoor.catalogue;

/** Why a step or material was removed (减环节、砍材料的理由). */
enum ReformReason {

	/** 于法无据 */
	NO_LEGAL_BASIS,
	/** 可通过数据共享获取 */
	DATA_SHARING,
	/** 告知承诺制 */
	COMMITMENT,
	/** 环节合并 */
	PROCESS_MERGED,
	/** 重复提交 */
	DUPLICATE,
	/** 其他 */
	OTHER;

	static ReformReason parse(String name) {
		for (ReformReason r : values()) {
			if (r.name().equals(name)) {
				return r;
			}
		}
		throw new org.onedoor.shared.InvalidInputException("reason", "catalogue.invalid.reason");
	}

}
