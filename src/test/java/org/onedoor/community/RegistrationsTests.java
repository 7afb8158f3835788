package org.onedoor.community;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.onedoor.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistrationsTests extends CommunityTestSupport {

	@Autowired
	Registrations registrations;

	@Autowired
	Activities activities;

	@Autowired
	ActivityReminders reminders;

	long activity(int capacity, LocalDateTime start) {
		return activities.insert(communityId("jinianta"),
				new NewActivity("测试活动", "", "社区广场", start, start.plusHours(2), capacity, null), null, null, null);
	}

	@Test
	void fullActivityPutsNewcomersOnTheWaitingListAndACancellationPromotesTheFirst() {
		long id = activity(2, LocalDateTime.now().plusDays(5));
		assertThat(registrations.register(id, resident(6001))).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(registrations.register(id, resident(6002))).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(registrations.register(id, resident(6003))).isEqualTo(RegistrationStatus.WAITING);
		assertThat(registrations.register(id, resident(6004))).isEqualTo(RegistrationStatus.WAITING);
		assertThatThrownBy(() -> registrations.register(id, resident(6003))).isInstanceOf(InvalidInputException.class);

		assertThat(registrations.cancel(id, 6001)).get().extracting(Registrations.Registration::accountId).isEqualTo(6003L);
		assertThat(registrations.current(id, 6003)).get().extracting(Registrations.Registration::status)
			.isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(registrations.waitingList(id)).extracting(Registrations.Registration::accountId).containsExactly(6004L);
		assertThat(activities.find(id).confirmed()).isEqualTo(2);

		// a waiting resident leaving frees no seat and promotes nobody
		assertThat(registrations.cancel(id, 6004)).isEmpty();
		assertThat(activities.find(id).confirmed()).isEqualTo(2);
		// the one who cancelled may come back, at the end of the queue
		assertThat(registrations.register(id, resident(6001))).isEqualTo(RegistrationStatus.WAITING);
	}

	@Test
	void twoResidentsRacingForTheLastSeatNeverOverbook() throws Exception {
		for (int round = 0; round < 5; round++) {
			long id = activity(1, LocalDateTime.now().plusDays(5));
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try {
				List<Future<RegistrationStatus>> results = new ArrayList<>();
				for (long person : new long[] { 7000 + round * 2, 7001 + round * 2 }) {
					Callable<RegistrationStatus> task = () -> {
						start.await();
						return registrations.register(id, resident(person));
					};
					results.add(pool.submit(task));
				}
				start.countDown();
				List<RegistrationStatus> statuses = new ArrayList<>();
				for (Future<RegistrationStatus> result : results) {
					statuses.add(result.get());
				}
				assertThat(statuses).containsExactlyInAnyOrder(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING);
				assertThat(activities.find(id).confirmed()).isEqualTo(1);
			}
			finally {
				pool.shutdownNow();
			}
		}
	}

	@Test
	void noRegistrationOnceStarted() {
		long id = activity(5, LocalDateTime.now().minusHours(1));
		assertThatThrownBy(() -> registrations.register(id, resident(6101))).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void remindersGoOutOncePerParticipantEvenWhenTwoNodesRun() throws Exception {
		long id = activity(3, LocalDateTime.now().plusHours(6));
		registrations.register(id, resident(6201));
		registrations.register(id, resident(6202));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> a = pool.submit(() -> reminders.remindDue(java.time.Instant.now()));
			Future<Integer> b = pool.submit(() -> reminders.remindDue(java.time.Instant.now()));
			a.get();
			b.get();
		}
		finally {
			pool.shutdownNow();
		}
		reminders.remindDue(java.time.Instant.now());
		assertThat(jdbc.sql("select count(*) from community.notice where account_id in (6201, 6202) and text_zh like '活动提醒%'")
			.query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from community.registration where activity_id = ? and reminded_at is not null")
			.param(id).query(Long.class).single()).isEqualTo(2);
	}

}
