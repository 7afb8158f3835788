package org.onedoor.appeals;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Appeals that did not come through intake (a bulk import) are indexed afterwards and found. */
@TestPropertySource(properties = "onedoor.appeals.duplicates.auto-merge=true")
class DuplicateIndexBackfillTests extends WorkTestSupport {

	@Autowired
	DuplicateIndexBackfill backfill;

	private static NewAppeal noise(String mobile) {
		return NewAppeal.on(Channel.HOTLINE, AppealType.COMPLAINT)
			.about("投诉花果园工地夜间施工噪音扰民", "花果园B区工地每天晚上十一点以后还在打桩施工，噪音很大，附近居民无法入睡，请尽快查处。")
			.citizen("居民", mobile, null)
			.place("520102000000", "花果园B区")
			.build();
	}

	private boolean indexed(long id) {
		return jdbc.sql("select count(*) from appeals.duplicate_terms where appeal_id = ?").param(id).query(Long.class).single() > 0;
	}

	private void forget(long id) {
		jdbc.sql("delete from appeals.duplicate_posting where appeal_id = ?").param(id).update();
		jdbc.sql("delete from appeals.duplicate_terms where appeal_id = ?").param(id).update();
	}

	@Test
	void importedAppealsASearchCanFindAreIndexedInBatchesAndOthersAreLeftAlone() {
		clock.set("2026-05-11T10:00:00");
		RegisteredAppeal recent = appeals.register(noise("13700000011"), Actor.SYSTEM);
		RegisteredAppeal old = appeals.register(NewAppeal.on(Channel.HOTLINE, AppealType.CONSULTATION)
			.about("咨询公积金提取", "请问离职后住房公积金怎么提取，需要带哪些材料？")
			.citizen("居民", "13700000012", null)
			.build(), Actor.SYSTEM);
		// as a bulk import leaves them: no terms, the old one closed two years ago
		forget(recent.id());
		forget(old.id());
		jdbc.sql("update appeals.appeal set status = 'CLOSED', registered_at = registered_at - interval '730 days' where id = ?")
			.param(old.id())
			.update();

		assertThat(backfill.indexAll()).isGreaterThanOrEqualTo(1);
		assertThat(indexed(recent.id())).isTrue();
		assertThat(indexed(old.id())).as("closed and outside the window: no search can find it").isFalse();
		assertThat(backfill.indexAll()).as("nothing left the second time").isZero();

		clock.set("2026-05-12T09:00:00");
		RegisteredAppeal again = appeals.register(noise("13700000013"), Actor.SYSTEM);
		assertThat(again.mergedInto()).isEqualTo(recent.trackingNumber());
	}

}
