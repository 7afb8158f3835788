package org.onedoor.appeals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.onedoor.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttachmentPolicyTests {

	static byte[] image(String format, int width, int height) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
		return out.toByteArray();
	}

	static byte[] pdf(String body) {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog " + body + " >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.ISO_8859_1);
	}

	@Test
	void photosAndPdfAreKeptUnderTheirRealTypeAndACleanName() throws IOException {
		List<CheckedAttachment> checked = AttachmentPolicy.check(List.of(
				new AttachmentUpload("C:\\Users\\me\\现场照片.JPG", image("jpg", 40, 30)),
				new AttachmentUpload("../../etc/passwd.png", image("png", 10, 10)),
				new AttachmentUpload("scan.pdf", pdf(""))));
		assertThat(checked).extracting(CheckedAttachment::mediaType)
			.containsExactly("image/jpeg", "image/png", "application/pdf");
		assertThat(checked).extracting(CheckedAttachment::filename)
			.containsExactly("现场照片.jpg", "passwd.png", "scan.pdf");
	}

	@Test
	void theNameNeverDecidesTheType() {
		byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> AttachmentPolicy.check(List.of(new AttachmentUpload("photo.jpg", html))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("appeals.desk.attachment.type"));
		byte[] png = new byte[0];
		assertThat(AttachmentPolicy.check(List.of(new AttachmentUpload("empty.png", png)))).isEmpty();
	}

	@Test
	void aPhotoWithSomethingGluedOnIsRefused() throws IOException {
		byte[] jpeg = image("jpg", 20, 20);
		byte[] zip = { 'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6 };
		byte[] polyglot = Arrays.copyOf(jpeg, jpeg.length + zip.length);
		System.arraycopy(zip, 0, polyglot, jpeg.length, zip.length);
		assertThatThrownBy(() -> AttachmentPolicy.check(List.of(new AttachmentUpload("a.jpg", polyglot))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("appeals.desk.attachment.unsafe"));
	}

	@Test
	void aPdfWithScriptsIsRefused() {
		assertThatThrownBy(() -> AttachmentPolicy.check(List.of(
				new AttachmentUpload("a.pdf", pdf("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>")))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("appeals.desk.attachment.unsafe"));
	}

	@Test
	void hugeDimensionsAreRefusedFromTheHeaderAlone() throws IOException {
		// a 20,000 x 20,000 PNG header: decoding it would need 1.6 GB; the header says no first
		byte[] png = image("png", 1, 1);
		png[16] = 0; png[17] = 0; png[18] = 0x4E; png[19] = 0x20;
		png[20] = 0; png[21] = 0; png[22] = 0x4E; png[23] = 0x20;
		assertThat(AttachmentContent.wellFormed("image/png", png)).isFalse();
		assertThat(AttachmentContent.sizeOk(4000, 3000)).isTrue();
		assertThat(AttachmentContent.sizeOk(12_000, 12_000)).isFalse();
	}

	@Test
	void aWebpIsCheckedByItsOwnHeader() {
		byte[] webp = new byte[40];
		System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, webp, 0, 4);
		webp[4] = 32;
		System.arraycopy("WEBPVP8X".getBytes(StandardCharsets.US_ASCII), 0, webp, 8, 8);
		webp[16] = 10;
		webp[24] = (byte) 0x1F; webp[25] = 0x03; // width 800
		webp[27] = (byte) 0x57; webp[28] = 0x02; // height 600
		assertThat(AttachmentContent.detect(webp)).isEqualTo("image/webp");
		assertThat(AttachmentContent.wellFormed("image/webp", webp)).isTrue();
		webp[26] = 0x10; // width over a million
		assertThat(AttachmentContent.wellFormed("image/webp", webp)).isFalse();
	}

	@Test
	void tooManyOrTooBigFilesAreRefused() throws IOException {
		byte[] png = image("png", 2, 2);
		assertThatThrownBy(() -> AttachmentPolicy.check(Collections.nCopies(6, new AttachmentUpload("p.png", png))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("appeals.desk.attachment.tooMany"));
		byte[] big = new byte[AttachmentPolicy.MAX_BYTES + 1];
		assertThatThrownBy(() -> AttachmentPolicy.check(List.of(new AttachmentUpload("big.png", big))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("appeals.desk.attachment.tooBig"));
	}

}
