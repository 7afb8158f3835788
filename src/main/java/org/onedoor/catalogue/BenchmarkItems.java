package org.onedoor.catalogue;

import java.util.List;

import org.onedoor.catalogue.ItemDraft.LegalBasis;
import org.onedoor.catalogue.ItemDraft.MaterialDraft;
import org.onedoor.catalogue.ItemDraft.StepDraft;

/**
 * Synthetic but realistic items for the search benchmark: subjects × actions × variants give
 * names like 危险化学品经营许可（延续）, so common words (许可, 登记) match thousands of items as in
 * a real provincial catalogue. Deterministic: the n-th item is always the same.
 */
final class BenchmarkItems {

	static final List<String> SUBJECTS = List.of("建设工程", "食品", "药品零售", "道路旅客运输", "养老机构", "医疗机构", "律师事务所",
			"教师", "建筑业企业", "特种设备", "烟花爆竹", "危险化学品", "出版物", "广播电视", "人力资源服务", "劳务派遣", "旅行社", "房地产开发",
			"燃气经营", "水利工程", "林木采伐", "种子生产", "兽药经营", "渔业捕捞", "农药经营", "民办学校", "文物保护", "体育经营", "娱乐场所",
			"互联网上网服务", "网络预约出租汽车", "机动车维修", "排污", "取水", "城市道路占用", "户外广告", "公共场所卫生", "母婴保健技术",
			"社会团体", "民办非企业单位", "殡葬设施", "测绘资质", "地质灾害治理", "安全生产", "消防设计", "人防工程", "价格评估", "计量器具",
			"检验检测机构", "导游");

	static final List<String> ACTIONS = List.of("经营许可", "执业许可", "资质认定", "设立登记", "备案", "变更登记", "注销登记", "证书核发",
			"审批", "核准", "资格认定", "补贴申领", "年度报告", "证书补办", "验收", "监督检查", "奖励", "投诉处理", "信息查询", "延续");

	static final List<String> VARIANTS = List.of("", "（首次）", "（变更）", "（延续）", "（注销）", "（补办）", "（省级）", "（市级）",
			"（县级）", "（跨省通办）");

	private BenchmarkItems() {
	}

	static int capacity() {
		return SUBJECTS.size() * ACTIONS.size() * VARIANTS.size();
	}

	static ItemDraft item(int n) {
		String subject = SUBJECTS.get(n % SUBJECTS.size());
		String action = ACTIONS.get(n / SUBJECTS.size() % ACTIONS.size());
		String variant = VARIANTS.get(n / (SUBJECTS.size() * ACTIONS.size()) % VARIANTS.size());
		String basic = String.format("%012d", 900_000_000L + n);
		String basis = "《" + subject + "管理条例》第" + (n % 40 + 1) + "条";
		List<MaterialDraft> materials = List.of(
				new MaterialDraft("M01", subject + action + "申请表", "ORIGINAL", true, null, "本页下载", 1, "签名盖章", basis, ""),
				new MaterialDraft("M02", "申请人身份证明", "ORIGINAL", true, null, "申请人持有", 0, "现场核验", basis, ""),
				new MaterialDraft("M03", subject + "场所和设施证明", "COPY", true, null, "申请人自备", 1, "真实有效", basis, ""),
				new MaterialDraft("M04", "相关人员资格证明", "COPY", false, "涉及专业人员时提供", "发证机关", 1, "", basis, ""));
		List<StepDraft> steps = List.of(new StepDraft("受理", "WINDOW_CLERK", null, 1, basis),
				new StepDraft("审查", "UNIT_HANDLER", null, 5, basis), new StepDraft("决定", "UNIT_HEAD", null, 2, basis),
				new StepDraft("送达", "WINDOW_CLERK", null, 1, basis));
		return new ItemDraft("520000-" + basic, basic, subject + action + variant, "ADMINISTRATIVE_LICENCE", "GZ-SFT",
				"PROVINCE", subject + action + "：申请人按规定提交材料，经审查符合条件的予以办理。", "符合" + subject + "管理的有关规定。",
				List.of(new LegalBasis("《" + subject + "管理条例》", "第" + (n % 40 + 1) + "条", "")), 20, 10, List.of(),
				"贵州省政务服务中心", "周一至周五 9:00—17:00", "0851-86826300", "12345", n % 3 != 0, n % 3, "PROVINCE",
				List.of("BUSINESS"), materials, steps);
	}

	/** Queries people type: words, parts of names, pinyin initials, full pinyin, one character. */
	static final List<String> QUERIES = List.of("许可", "食品经营", "律师", "危险化学品", "养老", "医疗机构执业", "登记", "注销",
			"建筑业资质", "旅行社", "出租汽车", "lszy", "spjy", "wxhxp", "jzy", "yl", "zxdj", "hunyin", "lvxingshe", "证书补办",
			"跨省通办", "取水", "燃", "导游资格", "检验检测机构资质认定", "我要开一家饭店", "排污许可", "fyjy", "户外广告审批", "民办学校");

}
