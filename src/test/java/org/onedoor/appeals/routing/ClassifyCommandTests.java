package org.onedoor.appeals.routing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onedoor.shared.cli.BatchCommands;

import static org.assertj.core.api.Assertions.assertThat;

class ClassifyCommandTests {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void isRegisteredAsABatchCommand() {
		assertThat(BatchCommands.find("classify")).get().isInstanceOf(ClassifyCommand.class);
		assertThat(BatchCommands.find("classifier-evaluate")).isPresent();
	}

	@Test
	void writesOneCategoryAndConfidencePerMessage() throws Exception {
		Path in = dir.resolve("in.csv");
		Files.writeString(in, "\uFEFF留言编号,留言用户,留言主题,留言详情\n"
				+ "101,u1,小区楼下烧烤油烟扰民,每天晚上楼下烧烤店油烟和噪音严重，影响休息\n"
				+ "\"1,02\",u2,学校乱收补课费,\"学校要求学生参加补课, 并收取费用\"\n"
				+ "103,u3,公交车站点设置不合理,公交线路停靠站点离小区太远，出行不便\n", StandardCharsets.UTF_8);
		Path result = dir.resolve("out.csv");

		int status = run("--input=" + in, "--output=" + result);

		assertThat(status).isZero();
		List<String> lines = Files.readAllLines(result, StandardCharsets.UTF_8);
		assertThat(lines).hasSize(4);
		assertThat(lines.get(0)).isEqualTo("留言编号,一级分类,confidence,建议承办单位");
		assertThat(lines.get(1)).matches("101,(环境保护|城乡建设|商贸旅游),0\\.\\d{4},贵阳市.+");
		// the suggested unit is the shipped catalogue's unit for the category
		assertThat(lines.get(2)).matches("\"1,02\",教育文体,0\\.\\d{4},贵阳市教育局");
		assertThat(lines.get(3)).matches("103,(城乡建设|环境保护|交通运输|教育文体|劳动和社会保障|商贸旅游|卫生计生),[01]\\.\\d{4},贵阳市.+");
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("3");
	}

	@Test
	void aFileWithoutTheRequiredColumnsIsRefusedInBothLanguages() throws Exception {
		Path in = dir.resolve("in.csv");
		Files.writeString(in, "编号,内容\n1,噪音\n", StandardCharsets.UTF_8);

		int status = run("--input=" + in, "--output=" + dir.resolve("out.csv"));

		assertThat(status).isNotZero();
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("缺少列", "missing columns", "留言主题");
		assertThat(dir.resolve("out.csv")).doesNotExist();
	}

	@Test
	void anEmptyOrMissingFileIsRefused() throws Exception {
		Path empty = dir.resolve("empty.csv");
		Files.writeString(empty, "");
		assertThat(run("--input=" + empty, "--output=" + dir.resolve("o.csv"))).isNotZero();
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("empty");

		Path headerOnly = dir.resolve("header.csv");
		Files.writeString(headerOnly, "留言编号,留言主题,留言详情\n");
		assertThat(run("--input=" + headerOnly, "--output=" + dir.resolve("o.csv"))).isNotZero();
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("no messages");

		assertThat(run("--input=" + dir.resolve("nowhere.csv"), "--output=" + dir.resolve("o.csv"))).isNotZero();
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("找不到输入文件", "not found");
	}

	@Test
	void missingOptionsAreAUsageError() {
		assertThat(new ClassifyCommand().run(Map.of(), new PrintStream(out), new PrintStream(err)))
			.isEqualTo(BatchCommands.USAGE);
	}

	private int run(String... options) {
		String[] args = new String[options.length + 1];
		args[0] = "classify";
		System.arraycopy(options, 0, args, 1, options.length);
		return BatchCommands.run(new ClassifyCommand(), args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

}
