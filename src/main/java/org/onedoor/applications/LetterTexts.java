package org.onedoor.applications;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.onedoor.applications.CaseFiles.NoticeItem;
import org.onedoor.applications.Letters.Letter;
import org.onedoor.directory.Directory;
import org.onedoor.directory.Unit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The wording of the letters, in Chinese as official letters are, from the bundle. The QR code
 * opens the tracking page on the address the request came to, or the configured public address
 * for letters written outside a request (demo data, batch runs).
 */
@Component
class LetterTexts {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	private final Directory directory;

	private final String publicUrl;

	LetterTexts(MessageSource messages, Directory directory,
			@Value("${onedoor.applications.public-url:http://localhost:8080}") String publicUrl) {
		this.messages = messages;
		this.directory = directory;
		this.publicUrl = publicUrl;
	}

	Letter receipt(Application a, java.time.LocalDate due) {
		List<String> lines = opening(a);
		lines.add(text("applications.letter.receipt.body", a.itemName(), a.acceptedOn(), a.promisedDays(), due));
		return closing(a, text("applications.document.RECEIPT"), lines);
	}

	Letter notice(Application a, List<NoticeItem> items) {
		List<String> lines = opening(a);
		lines.add(text("applications.letter.notice.body", a.itemName()));
		int i = 1;
		for (NoticeItem item : items) {
			lines.add(i++ + ". " + item.materialName() + "：" + item.reason());
		}
		lines.add(text("applications.letter.notice.clock"));
		return closing(a, text("applications.document.NOTICE"), lines);
	}

	Letter rejection(Application a, String reason) {
		List<String> lines = opening(a);
		lines.add(text("applications.letter.rejection.body", a.itemName(), reason));
		lines.add(text("applications.letter.rejection.remedy"));
		return closing(a, text("applications.document.REJECTION"), lines);
	}

	String trackingUrl(String number) {
		String base = RequestContextHolder.getRequestAttributes() != null
				? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : publicUrl;
		return base + "/hall/track?number=" + number;
	}

	private List<String> opening(Application a) {
		List<String> lines = new ArrayList<>();
		lines.add(text("applications.letter.number", a.number()));
		lines.add(a.applicant().name() + "：");
		return lines;
	}

	private Letter closing(Application a, String title, List<String> lines) {
		String unit = directory.findUnit(a.hallUnitId()).map(Unit::name).orElse("");
		lines.add("");
		lines.add(text("applications.letter.track"));
		lines.add(unit);
		lines.add(java.time.LocalDate.now(ApplicationDeadlines.ZONE).toString());
		return new Letter(title, lines, trackingUrl(a.number()));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, CHINESE);
	}

}
