package org.onedoor.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** Read-only lookups of accounts for other modules (names for lists, the unit of an assignee). */
@Service
public class Accounts {

	private final AccountRepository repository;

	Accounts(AccountRepository repository) {
		this.repository = repository;
	}

	public Optional<AccountSummary> find(long id) {
		return repository.findById(id).map(AccountRecord::summary);
	}

	public List<AccountSummary> findAll(Collection<Long> ids) {
		return repository.findAllById(ids).stream().map(AccountRecord::summary).toList();
	}

	/** Enabled staff of a unit, e.g. to pick whom to assign a case to. */
	public List<AccountSummary> staffOf(long unitId) {
		return repository.findStaffOfUnit(unitId).stream().map(AccountRecord::summary).toList();
	}

}
