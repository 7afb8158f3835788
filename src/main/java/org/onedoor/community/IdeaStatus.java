package org.onedoor.community;

/** Where a neighbour's idea stands. Every idea gets an answer: adopted, merged or declined. */
enum IdeaStatus {

	OPEN, ADOPTED, MERGED, DECLINED;

	public boolean answered() {
		return this != OPEN;
	}

}
