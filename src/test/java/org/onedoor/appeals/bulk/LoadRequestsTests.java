package org.onedoor.appeals.bulk;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.onedoor.appeals.TrackingNumber;

import static org.assertj.core.api.Assertions.assertThat;

class LoadRequestsTests {

	@Test
	void eachCitizenLooksUpFromOneStablePublicAddress() {
		for (int i = 0; i < 10_000; i++) {
			String number = TrackingNumber.next(YearMonth.of(2026, 11)).value();
			String address = LoadRequests.citizenAddress(number);
			assertThat(address).isEqualTo(LoadRequests.citizenAddress(number));
			int first = Integer.parseInt(address.substring(0, address.indexOf('.')));
			assertThat(first).as(address + ": never loopback (127) or private (10)").isBetween(100, 125);
		}
	}

}
