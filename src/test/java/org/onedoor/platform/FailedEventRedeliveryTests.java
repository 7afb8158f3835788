package org.onedoor.platform;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class FailedEventRedeliveryTests {

	@Test
	void eventsFailedByAnOutageAreResubmittedButOneThatKeepsFailingIsLeftForAPerson() {
		AtomicReference<ResubmissionOptions> asked = new AtomicReference<>();
		new FailedEventRedelivery(asked::set).redeliver();

		assertThat(asked.get().getFilter().test(attempts(1))).isTrue();
		assertThat(asked.get().getFilter().test(attempts(FailedEventRedelivery.MAX_ATTEMPTS - 1))).isTrue();
		assertThat(asked.get().getFilter().test(attempts(FailedEventRedelivery.MAX_ATTEMPTS))).isFalse();
	}

	@Test
	void aDatabaseStillAwayLeavesTheEventsForTheNextRound() {
		FailedEventPublications away = options -> {
			throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction");
		};
		assertThatNoException().isThrownBy(new FailedEventRedelivery(away)::redeliver);
	}

	private static EventPublication attempts(int attempts) {
		EventPublication publication = mock(EventPublication.class);
		when(publication.getCompletionAttempts()).thenReturn(attempts);
		return publication;
	}

}
