package org.onedoor.applications;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.onedoor.applications.CaseFiles.NoticeItem;
import org.onedoor.applications.DecideStep.Action;
import org.onedoor.applications.Satisfaction.Indicator;
import org.onedoor.catalogue.Catalogue;
import org.onedoor.identity.CurrentUser;
import org.onedoor.identity.SignedIn;
import org.onedoor.shared.DemoSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo applications in every state, filed and handled through the real use cases by the demo
 * accounts (citizen 13800000001, clerk at 花果园街道便民服务中心, handler and head at 贵阳市城市管理局,
 * the village agent): a draft, a submission, a one-time notice, a rejection, two in approval,
 * a completed one rated well, a 差评 under rectification, and window and agent filings.
 */
@Component
class ApplicationsDemoSeed implements DemoSeed {

	static final String WASTE = "520100-000185002000";

	static final String LAWYER = "520000-000148001000";

	static final String SOLE_TRADER = "520102-000151001000";

	static final String ELDERLY = "520123001-000135201000";

	private static final Logger log = LoggerFactory.getLogger(ApplicationsDemoSeed.class);

	private final Catalogue catalogue;

	private final UserDetailsService accounts;

	private final CurrentUser current;

	private final FileApplication filing;

	private final CheckApplication check;

	private final DecideStep decide;

	private final DeliverResult deliver;

	private final ApplicationReviews reviews;

	private final ApplicationStore store;

	private final ServiceHalls halls;

	ApplicationsDemoSeed(Catalogue catalogue, UserDetailsService accounts, CurrentUser current, FileApplication filing,
			CheckApplication check, DecideStep decide, DeliverResult deliver, ApplicationReviews reviews,
			ApplicationStore store, ServiceHalls halls) {
		this.catalogue = catalogue;
		this.accounts = accounts;
		this.current = current;
		this.filing = filing;
		this.check = check;
		this.decide = decide;
		this.deliver = deliver;
		this.reviews = reviews;
		this.store = store;
		this.halls = halls;
	}

	@Override
	public String name() {
		return "applications.demo";
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public void seed() {
		if (List.of(WASTE, LAWYER, SOLE_TRADER, ELDERLY).stream().anyMatch(c -> catalogue.item(c).isEmpty())) {
			log.warn("Demo applications skipped: the catalogue's demo items are missing");
			return;
		}
		try {
			long huaguoyuan = hall("NM-HGY-ZX", WASTE);
			String citizen = "13800000001";
			ApplicantForm wangDama = person("王大妈", "52010219650312402X", citizen);
			// 1 draft, 2 submitted
			as(citizen, () -> filing.start(LAWYER, me(), person("王大妈", "52010219650312402X", citizen),
					hall("GZ-SFT", LAWYER), null));
			String submitted = as(citizen, () -> filed(WASTE, wangDama, huaguoyuan, null, "M01", "M02", "M03"));
			log.debug("demo application {} submitted", submitted);
			// 3 one-time notice
			String noticed = as(citizen, () -> filed(SOLE_TRADER, person("王大妈", "52010219650312402X", citizen),
					hall("NM-HGY-ZX", SOLE_TRADER), null, materials(SOLE_TRADER)));
			as("clerk", () -> {
				check.issueNotice(noticed, me(), List.of(new NoticeItem("M03", "经营场所使用证明",
						"租赁合同未附出租方产权证明复印件"), new NoticeItem("OTHER", "其他事项", "申请表“经营范围”一栏请按规范用语填写")));
				return null;
			});
			// 4 rejected at the window, 5 and 6 in approval (company, then a walk-in), 7 completed and rated, 8 差评
			String rejected = as("clerk", () -> filed(WASTE, person("赵建国", "520102197804153021", "13985012345"),
					huaguoyuan, null, "M01", "M02", "M03"));
			as("clerk", () -> {
				check.reject(rejected, me(), "申请处置的为工业固体废物，不属于建筑垃圾处置核准范围，请向生态环境部门申请");
				return null;
			});
			String company = as(citizen, () -> filed(WASTE, new ApplicantForm("COMPANY", "贵州黔筑建设工程有限公司", null,
					"91520102MA6HK3PQ57", "周海峰", "13908512266", List.of("工程名称"), List.of("花果园M区二期拆除工程")),
					huaguoyuan, null, "M01", "M02", "M03"));
			as("clerk", () -> accept(company));
			String walkIn = as("clerk", () -> filed(WASTE, person("黄秀英", "520103198511302426", "13765088321"), huaguoyuan,
					null, "M01", "M02", "M03"));
			as("clerk", () -> accept(walkIn));
			as("handler", () -> approve(walkIn, 2));
			decided(citizen, person("王大妈", "52010219650312402X", citizen), huaguoyuan);
			String good = completed(citizen, wangDama, huaguoyuan);
			as(citizen, () -> rate(good, 5, 5));
			String bad = completed(citizen, wangDama, huaguoyuan);
			as(citizen, () -> rate(bad, 2, 2));
			// 9 filed by the village agent for a villager, with consent
			String agentFiled = as("agent", () -> filed(ELDERLY, person("罗国珍", "520123195609032016", "13708519876"),
					hall("XW-LC-ZX", ELDERLY), "罗国珍本人在栖凤社区便民服务站口头同意并签字按印，由其儿子在场见证", materials(ELDERLY)));
			log.info("Demo applications seeded, e.g. {} (notice), {} (agent)", noticed, agentFiled);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private String decided(String citizen, ApplicantForm form, long hall) {
		String number = as(citizen, () -> filed(WASTE, form, hall, null, "M01", "M02", "M03"));
		as("clerk", () -> accept(number));
		as("handler", () -> approve(number, 2));
		as("head", () -> approve(number, 3));
		return number;
	}

	private String completed(String citizen, ApplicantForm form, long hall) {
		String number = decided(citizen, form, hall);
		as("clerk", () -> {
			deliver.deliver(number, me(), "WINDOW", null, null);
			return null;
		});
		return number;
	}

	private String filed(String item, ApplicantForm form, long hall, String consent, String... materialCodes) {
		String number = filing.start(item, me(), form, hall, consent);
		Application a = store.find(number).orElseThrow();
		for (String code : materialCodes) {
			filing.upload(a, me(), code, code + ".pdf", BLANK_PDF.get());
		}
		filing.submit(number, me());
		return number;
	}

	private String[] materials(String item) {
		return catalogue.item(item).orElseThrow().materials().stream().filter(m -> m.required() && m.condition() == null)
			.map(m -> m.code()).toArray(String[]::new);
	}

	private Object accept(String number) {
		check.accept(number, me());
		return null;
	}

	private Object approve(String number, int step) {
		decide.decide(number, me(), step, Action.APPROVE, "材料齐全，符合条件");
		return null;
	}

	private Object rate(String number, int overall, int timeliness) {
		Map<Indicator, Integer> scores = new EnumMap<>(Indicator.class);
		for (Indicator indicator : Indicator.values()) {
			scores.put(indicator, overall >= 4 ? 5 : 3);
		}
		scores.put(Indicator.TIMELINESS, timeliness);
		reviews.rate(number, me(), overall, scores, overall >= 4 ? "全程网办，一次都没跑" : "审查环节等待时间长，电话一直没人接");
		return null;
	}

	private long hall(String code, String item) {
		long itemUnit = catalogue.item(item).orElseThrow().unitId();
		return halls.choicesFor(itemUnit).stream().filter(u -> u.code().equals(code)).findFirst()
			.map(u -> u.id()).orElse(itemUnit);
	}

	private static ApplicantForm person(String name, String id, String mobile) {
		return new ApplicantForm("PERSON", name, id, null, null, mobile, List.of("申请事由"), List.of("按办事指南申请"));
	}

	private SignedIn me() {
		return current.require();
	}

	private <T> T as(String login, Supplier<T> action) {
		UserDetails user = accounts.loadUserByUsername(login);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		return action.get();
	}

	private static final Supplier<byte[]> BLANK_PDF = () -> {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.addPage(new PDPage());
			doc.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	};

}
