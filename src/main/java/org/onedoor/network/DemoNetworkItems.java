package org.onedoor.network;

import java.util.List;
import java.util.Set;

import org.onedoor.directory.DivisionCode;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which points handle the demo catalogue's items (catalogue/demo/items.yml). An implementation
 * code starts with the implementing division (520123-… is 修文县), so each item is handled at
 * that division's own centre; items brought closer to people (就近办, 帮办代办) are also handled
 * by the township centres and village stations below it, and the bar's licences are first
 * examined by each city's bureau (市州司法局初审), so every city centre takes them in. Codes are
 * linked whether or not the catalogue publishes them yet: a point shows an unpublished one as 待发布.
 */
final class DemoNetworkItems {

	private static final Set<String> OWN = Set.of();

	private static final Set<String> TOWNSHIPS = Set.of("TOWNSHIP");

	private static final Set<String> NEAR_HOME = Set.of("TOWNSHIP", "VILLAGE");

	/**
	 * An item and, besides its own division's centre, the levels inside that division that take it in.
	 */
	record Link(String code, Set<String> alsoAt) {
	}

	static final List<Link> LINKS = List.of(
			new Link("520000-000148001000", Set.of("CITY")), // 律师执业许可
			new Link("520000-000148002000", Set.of("CITY")), // 基层法律服务工作者执业核准
			new Link("520000-000148003000", OWN), // 司法鉴定人执业登记
			new Link("520000-000170001000", OWN), // 医师执业注册
			new Link("520100-000112001000", Set.of("COUNTY")), // 出生登记
			new Link("520100-000112002000", Set.of("COUNTY")), // 户口迁移
			new Link("520100-000112003000", Set.of("COUNTY")), // 居民身份证换领
			new Link("520100-000112004000", Set.of("COUNTY", "TOWNSHIP")), // 居住证申领
			new Link("520100-000112005000", OWN), // 普通护照签发
			new Link("520100-000112006000", Set.of("COUNTY")), // 死亡人员户口注销
			new Link("520100-000170021000", OWN), // 医疗机构执业登记
			new Link("520100-000170031000", Set.of("COUNTY")), // 出生医学证明首次签发
			new Link("520100-000412001000", Set.of("COUNTY")), // 失业保险金申领
			new Link("520100-000151002000", Set.of("COUNTY")), // 企业设立登记
			new Link("520100-000187001000", OWN), // 建设工程规划许可证核发
			new Link("520100-000191001000", OWN), // 建设项目环境影响报告表审批
			new Link("520100-000193001000", OWN), // 取水许可
			new Link("520100-000185002000", OWN), // 城市建筑垃圾处置核准
			new Link("520100-000171001000", OWN), // 出租汽车驾驶员从业资格证核发
			new Link("520102-000412011000", TOWNSHIPS), // 就业创业证申领
			new Link("520102-000412012000", TOWNSHIPS), // 一次性创业补贴申领
			new Link("520102-000151001000", TOWNSHIPS), // 个体工商户登记
			new Link("520102-000151003000", OWN), // 食品经营许可
			new Link("520102-000189001000", OWN), // 建筑工程施工许可证核发
			new Link("520102-000189011000", NEAR_HOME), // 公共租赁住房保障资格申请
			new Link("520102-000135001000", OWN), // 内地居民结婚登记
			new Link("520102-000135021000", NEAR_HOME), // 惠民殡葬补贴申领
			new Link("520102-000180001000", OWN), // 教师资格认定
			new Link("520102-000180011000", OWN), // 义务教育阶段新生入学登记
			new Link("520123-000412005000", NEAR_HOME), // 城乡居民基本养老保险参保登记
			new Link("520123-000412006000", NEAR_HOME), // 城乡居民基本养老保险待遇申领
			new Link("520123-000170041000", NEAR_HOME), // 生育登记服务
			new Link("520123-000186003000", OWN), // 不动产转移登记
			new Link("520123001-000187101000", OWN), // 农村村民住宅建设审批
			new Link("520123001-000135201000", NEAR_HOME)); // 高龄老人补贴申领

	private DemoNetworkItems() {
	}

	static void link(JdbcClient jdbc) {
		for (Link link : LINKS) {
			DivisionCode own = DivisionCode.fromShort(link.code().substring(0, link.code().indexOf('-')));
			String[] inside = DivisionCode.prefixRange(own.significant());
			jdbc.sql("""
					insert into network.point_item (point_id, item_code)
					select p.id, :code from network.point p
					where p.active and (p.division_code = :own
					      or (p.division_code between :low and :high and p.level in (:levels)))
					on conflict do nothing""")
				.param("code", link.code())
				.param("own", own.value())
				.param("low", inside[0])
				.param("high", inside[1])
				.param("levels", link.alsoAt().isEmpty() ? List.of("-") : List.copyOf(link.alsoAt()))
				.update();
		}
	}

}
