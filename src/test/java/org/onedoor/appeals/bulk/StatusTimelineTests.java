package org.onedoor.appeals.bulk;

import java.io.IOException;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatusTimelineTests {

	@Test
	void eachSecondCountsSuccessesOutageAnswersOtherStatusesAndMissingAnswersApart() throws IOException {
		StatusTimeline timeline = new StatusTimeline();
		timeline.add(1_700_000_001, 503);
		timeline.add(1_700_000_000, 201);
		timeline.add(1_700_000_000, 200);
		timeline.add(1_700_000_001, -1);
		timeline.add(1_700_000_001, 500);
		timeline.add(1_700_000_001, 429);
		timeline.add(1_700_000_003, 201);

		StringWriter csv = new StringWriter();
		timeline.writeCsv(csv);

		assertThat(csv.toString()).isEqualTo("""
				second,ok,s503,other,ioerr
				1700000000,2,0,0,0
				1700000001,0,1,2,1
				1700000003,1,0,0,0
				""");
	}

}
