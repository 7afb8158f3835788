package org.onedoor.directory;

import java.util.List;

/**
 * One page of a division search.
 *
 * @param items the divisions on this page, higher levels first, then by code
 * @param page zero-based page number
 * @param size page size asked for
 * @param total how many divisions match in all
 */
public record DivisionPage(List<Division> items, int page, int size, long total) {

	public DivisionPage {
		items = List.copyOf(items);
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

}
