package org.onedoor.appeals.intel;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Real pairs from the 2020 Teddy Cup message-board data (teddy2020-hotspot-messages.csv). */
class DuplicateMatcherTests {

	private static final DuplicateText TEXT = new DuplicateText(DuplicateSynonyms.defaults());

	private static final DuplicateMatcher MATCHER = new DuplicateMatcher(Duration.ofDays(30));

	private static final Instant T = Instant.parse("2019-11-13T03:20:21Z");

	// 189950 and 231136: the same citizen writes again about the same 搅拌站 three weeks later
	private static final String MIXER_TITLE = "投诉A2区丽发新城附近建搅拌站噪音扰民";

	private static final String MIXER_FIRST = "我是A2区丽发新城小区的一名业主，我要投诉同发投资有限公司在未经小区业主同意的情况下，在离小区不到百米的地方建搅拌站。可想而知，一个大型搅拌站每天的噪音输出有多严重！还有扬尘污染，极度影响了我们的生活，请尽快关闭或搬迁该搅拌站！";

	private static final String MIXER_AGAIN = "尊敬的领导，我是A2区丽发新城小区的一名业主，再次投诉同发投资有限公司在未经小区业主同意的情况下，在离小区不到百米的地方建搅拌站。距离上次投诉已经过去一个月了，还是没有解决，搅拌站的噪音、扬尘还是在严重的影响小区居民的身心健康！请相关部门尽快落实解决，尽快关闭或搬迁该搅拌站！";

	// 213464 and 243692: two different neighbours about the same 搅拌站
	private static final String NEIGHBOUR_A = "我是暮云街道丽发新城小区的业主，我要投诉开发商在小区附近违建大型搅拌站。该搅拌站的设备太吵了，每天轰隆隆的，严重影响我们的休息！请有关部门尽快处理！";

	private static final String NEIGHBOUR_B = "领导您好！我是暮云街道丽发新城小区的业主，我投诉小区附近建的搅拌站，机器不分昼夜的运行，各种渣土车、沙石混杂的噪声严重影响了小区居民的身心健康！并且搅拌站的灰尘极大，都飘到小区里来了，阳台窗户上全是厚厚的灰尘，根本不敢开窗！";

	// 194022: another matter in another county
	private static final String HOSPITAL = "我们是诺亚山林小区的业主，已知悉A7县卫生健康局公示的《关于设置医疗机构征求意见书》（未盖章）全部内容。该意见书表示尔爱眼科集团拟在A7县星沙街道开元东路诺亚山林门口，设立眼科专科医院。我小区业主坚决反对在小区门口设置包括尔爱眼科医院在内的任何医疗机构!";

	// 191943: same estate, different matter (the road)
	private static final String ROAD = "A市A2区丽发新城第一期与第二期中间的道路坑坑洼洼，下雨泥巴，天晴扬尘，请安排解决，谢谢！";

	private static DuplicateSubject subject(long id, String title, String content, String division, String mobile,
			Instant at) {
		return new DuplicateSubject(id, TEXT.terms(title, content), division, null, null, null, mobile, at);
	}

	@Test
	void theSameCallerWritingAgainIsLinkedAutomatically() {
		var first = subject(1, MIXER_TITLE, MIXER_FIRST, "430111005000", "13800000001", T);
		var again = subject(2, MIXER_TITLE, MIXER_AGAIN, "430111005000", "13800000001", T.plus(Duration.ofDays(19)));
		DuplicateMatch match = MATCHER.match(again, first);
		assertThat(match.level()).isEqualTo(DuplicateLevel.HIGH);
		assertThat(match.reasons()).extracting(DuplicateReason::kind)
			.contains(DuplicateReason.Kind.SAME_CALLER, DuplicateReason.Kind.SHARED_PHRASES,
					DuplicateReason.Kind.SAME_DIVISION);
		assertThat(match.reasons().get(0).detail()).contains("搅拌");
	}

	@Test
	void twoNeighboursAboutTheSameSiteAreShownToAPerson() {
		var a = subject(1, "投诉丽发新城小区附近违建搅拌站噪音扰民", NEIGHBOUR_A, null, "13800000001", T);
		var b = subject(2, "丽发新城小区附近的搅拌站噪声严重扰民", NEIGHBOUR_B, null, "13900000002", T.plus(Duration.ofDays(2)));
		DuplicateMatch match = MATCHER.match(b, a);
		assertThat(match.level()).isEqualTo(DuplicateLevel.MEDIUM);
		assertThat(match.reasons().get(0).detail()).contains("搅拌");
	}

	@Test
	void anotherMatterIsNoDuplicate() {
		var mixer = subject(1, MIXER_TITLE, MIXER_FIRST, null, null, T);
		assertThat(MATCHER.match(subject(2, "坚决反对在A7县诺亚山林小区门口设置医院", HOSPITAL, null, null, T), mixer).level())
			.isEqualTo(DuplicateLevel.NONE);
		assertThat(MATCHER.match(subject(3, "A市A2区丽发新城道路坑坑洼洼", ROAD, null, null, T), mixer).level())
			.isNotEqualTo(DuplicateLevel.HIGH);
	}

	@Test
	void aCopyFromAnotherCountyOrOutsideTheWindowIsNotLinked() {
		var first = subject(1, MIXER_TITLE, MIXER_FIRST, "430111005000", null, T);
		assertThat(MATCHER.match(subject(2, MIXER_TITLE, MIXER_FIRST, "430121100000", null, T), first).level())
			.isEqualTo(DuplicateLevel.NONE);
		assertThat(MATCHER.match(subject(3, MIXER_TITLE, MIXER_FIRST, "430111005000", null, T.plus(Duration.ofDays(31))),
				first).level())
			.isEqualTo(DuplicateLevel.NONE);
		assertThat(MATCHER.match(subject(4, MIXER_TITLE, MIXER_FIRST, null, null, T.plus(Duration.ofDays(29))), first)
			.level()).isEqualTo(DuplicateLevel.HIGH);
	}

	@Test
	void coordinatesFarApartKeepTwoMatters() {
		var here = new DuplicateSubject(1, TEXT.terms(MIXER_TITLE, MIXER_FIRST), null, null, 28.10, 112.98, null, T);
		var near = new DuplicateSubject(2, TEXT.terms(MIXER_TITLE, MIXER_AGAIN), null, null, 28.101, 112.981, null, T);
		var far = new DuplicateSubject(3, TEXT.terms(MIXER_TITLE, MIXER_AGAIN), null, null, 28.30, 112.98, null, T);
		DuplicateMatch close = MATCHER.match(near, here);
		assertThat(close.level()).isEqualTo(DuplicateLevel.HIGH);
		assertThat(close.reasons()).filteredOn(r -> r.kind() == DuplicateReason.Kind.DISTANCE)
			.extracting(r -> Integer.parseInt(r.detail()))
			.singleElement()
			.satisfies(metres -> assertThat(metres).isBetween(100, 200));
		DuplicateMatch apart = MATCHER.match(far, here);
		assertThat(apart.level()).isEqualTo(DuplicateLevel.NONE);
		// not the same matter: nobody is shown why, so no reasons are worked out
		assertThat(apart.reasons()).isEmpty();
	}

	@Test
	void synonymsMeetInTheSameWord() {
		var noise = TEXT.terms("城市管理局不管工地噪声", "");
		assertThat(noise.words()).contains("城管", "噪音");
		assertThat(TEXT.terms("城管不管工地噪音", "").bigrams()).isEqualTo(noise.bigrams());
	}

	@Test
	void theSameAnswerEveryTime() {
		var first = subject(1, MIXER_TITLE, MIXER_FIRST, null, null, T);
		var again = subject(2, MIXER_TITLE, MIXER_AGAIN, null, null, T);
		assertThat(MATCHER.match(again, first)).isEqualTo(MATCHER.match(again, first));
	}

}
