package org.onedoor.appeals.intel;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Messages from teddy2020-hotspot-messages.csv: many neighbours about one 搅拌站, and a few others. */
class HotspotCommandTests {

	@TempDir
	Path dir;

	private static final String CSV = """
			留言编号,留言用户,留言主题,留言时间,留言详情,反对数,点赞数
			189950,A909204,投诉A2区丽发新城附近建搅拌站噪音扰民,2019-11-13 11:20:21,我是A2区丽发新城小区的一名业主，我要投诉同发投资有限公司在离小区不到百米的地方建搅拌站。,0,0
			213464,A909233,投诉丽发新城小区附近违建搅拌站噪音扰民,2019-12-10 12:34:21,我是暮云街道丽发新城小区的业主，我要投诉开发商在小区附近违建大型搅拌站。该搅拌站的设备太吵了。,0,0
			243692,A909201,丽发新城小区附近的搅拌站噪音严重扰民,2019-11-15 11:23:21,我是暮云街道丽发新城小区的业主，我投诉小区附近建的搅拌站，机器不分昼夜的运行，噪音严重。,0,2
			272224,A909224,丽发新城小区噪音大粉尘大，求撤走搅拌站,2020-01-09 19:46:10,我是暮云街道丽发新城小区的一名业主，因为一个搅拌站，白天粉尘太大无法呼吸，晚上噪音太大无法睡觉。,0,1
			201447,A00020543,A7县新国道107距我家仅3米，相关政府部门为何不同意拆迁？,2019-07-22 17:04:08,我是A7县青山铺镇沙塘冲组村民，新修的国道107从我家门前经过。,0,2
			229903,A00020543,A7县新国道107距我家仅3米，相关政府部门为何不同意拆迁？,2019-07-22 17:05:04,我是A7县青山铺镇沙塘冲组村民，新修的国道107从我家门前经过。,0,0
			188006,A000102948,A3区一米阳光婚纱艺术摄影是否合法纳税了？,2019-02-28 11:25:05,一家名叫一米阳光婚纱艺术摄影的影楼，请税务局查一下有没有正常纳税。,0,0
			""";

	private int run(Map<String, String> options, ByteArrayOutputStream err) {
		return new HotspotCommand().run(options, new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	void theMatterMostCitizensRaisedAboutOnePlaceComesFirst() throws Exception {
		Path in = Files.writeString(dir.resolve("in.csv"), CSV);
		Path out = dir.resolve("out.json");
		assertThat(run(Map.of("input", in.toString(), "top", "2", "output", out.toString()), new ByteArrayOutputStream()))
			.isZero();
		List<Map<String, Object>> topics = JsonMapper.builder().build().readValue(out.toFile(), List.class);
		assertThat(topics).hasSize(2);
		Map<String, Object> first = topics.get(0);
		assertThat(first).containsEntry("rank", 1).containsEntry("size", 4).containsEntry("supports", 3);
		assertThat(first.get("place").toString()).contains("丽发新城");
		assertThat(first.get("title").toString()).contains("搅拌站");
		assertThat(first).containsEntry("from", "2019-11-13 11:20:21").containsEntry("to", "2020-01-09 19:46:10");
		assertThat(first.get("messageIds")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.containsExactly(189950, 243692, 213464, 272224);
		// one citizen writing twice is a smaller matter than four neighbours
		assertThat(topics.get(1)).containsEntry("size", 2).containsEntry("rank", 2);
	}

	@Test
	void aBadFileIsRefusedInBothLanguages() throws Exception {
		Path in = Files.writeString(dir.resolve("bad.csv"), "编号,标题\n1,x\n");
		var err = new ByteArrayOutputStream();
		int status = run(Map.of("input", in.toString(), "output", dir.resolve("o.json").toString()), err);
		assertThat(status).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("缺少列 留言编号").contains("missing column 留言编号");
		assertThat(dir.resolve("o.json")).doesNotExist();

		var missing = new ByteArrayOutputStream();
		assertThat(run(Map.of("input", dir.resolve("none.csv").toString(), "output", "x.json"), missing)).isEqualTo(2);
		assertThat(missing.toString(StandardCharsets.UTF_8)).contains("找不到输入文件").contains("input file not found");
	}

}
