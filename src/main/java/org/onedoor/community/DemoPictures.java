package org.onedoor.community;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Pictures for the demo's activity reports, drawn rather than shipped (no real people in demo data). */
final class DemoPictures {

	private DemoPictures() {
	}

	/** A small generated picture standing in for a phone photo (no real faces in demo data). */
	static byte[] png(int variant) {
		BufferedImage image = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		Color[] tones = { new Color(0xC0392B), new Color(0xD68910), new Color(0x1E8449) };
		g.setPaint(new GradientPaint(0, 0, tones[variant % 3], 480, 320, new Color(0xFDF2E9)));
		g.fillRect(0, 0, 480, 320);
		g.setColor(new Color(255, 255, 255, 180));
		for (int i = 0; i < 6; i++) {
			g.fillRoundRect(30 + i * 72, 200 - i * 12, 52, 90 + i * 12, 12, 12);
		}
		g.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
