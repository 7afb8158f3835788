package org.onedoor.appeals;

import java.util.List;

import org.onedoor.shared.DemoSeed;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A starter knowledge base for the demo: questions 12345 operators in Guiyang hear every day,
 * with answers written for this demo (general procedures, no figures that change yearly).
 */
@Component
class KnowledgeBaseDemoSeed implements DemoSeed {

	private record Entry(String title, String keywords, String answer) {
	}

	private static final List<Entry> ENTRIES = List.of(
			new Entry("居民身份证补领办理", "身份证 丢失 补办 补领 户籍",
					"身份证丢失可到户籍所在地或居住地公安机关户籍窗口补领，携带户口簿，现场采集照片和指纹。"
							+ "补领期间需要证明身份的，可申请办理临时居民身份证。也可通过“贵州公安”政务服务平台预约。"),
			new Entry("社保卡挂失与补换", "社保卡 挂失 补卡 医保",
					"社保卡丢失请先拨打12333或到合作银行网点挂失，再持身份证到社保卡服务网点或合作银行补办。"
							+ "挂失后原卡立即停用，补卡期间可用电子社保卡就医结算。"),
			new Entry("停水停电信息查询", "停水 停电 检修 自来水 供电",
					"计划停水停电信息由供水、供电企业提前公告。供电问题可拨打95598，供水问题可拨打供水企业客服电话；"
							+ "如为突发故障，热线将转相关企业处理。"),
			new Entry("夜间施工噪音投诉", "噪音 施工 夜间 扰民",
					"夜间（22时至次日6时）施工须取得夜间施工许可。未经许可夜间施工扰民的，可登记投诉，"
							+ "由住建或城管部门核查处理；请提供具体地址和施工时间。"),
			new Entry("公积金提取条件", "公积金 提取 购房 租房 退休",
					"购买、建造、翻建、大修自住住房，偿还住房贷款本息，租房自住，离退休等情形可申请提取住房公积金。"
							+ "可通过住房公积金中心网上服务大厅或窗口办理，所需材料以中心公布为准。"),
			new Entry("12345热线受理范围", "热线 受理 范围 12345",
					"12345热线受理企业和群众的咨询、投诉、求助、建议和举报。110、119、120、122等紧急警情请直接拨打对应电话；"
							+ "已进入诉讼、仲裁、纪检监察、行政复议程序的事项依法由相应机关处理。"));

	private final JdbcClient jdbc;

	KnowledgeBaseDemoSeed(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "appeals-knowledge-base";
	}

	@Override
	public int order() {
		return 310;
	}

	@Override
	public void seed() {
		for (Entry entry : ENTRIES) {
			jdbc.sql("insert into appeals.kb_answer(title, keywords, answer, updated_by) values (?, ?, ?, 'demo')")
				.params(entry.title(), entry.keywords(), entry.answer())
				.update();
		}
	}

}
