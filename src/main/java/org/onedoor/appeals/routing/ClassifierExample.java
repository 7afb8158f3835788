package org.onedoor.appeals.routing;

/** One appeal text with the first-level category a person gave it. */
public record ClassifierExample(String title, String content, String category) {

	public ClassifierExample {
		title = title == null ? "" : title;
		content = content == null ? "" : content;
	}

}
