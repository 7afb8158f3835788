package org.onedoor.appeals.open311;

import java.util.Locale;

import org.springframework.http.MediaType;

/** GeoReport v2 chooses the format by the extension: XML is required by the specification, JSON optional. */
enum Open311Format {

	XML(MediaType.valueOf("text/xml;charset=UTF-8")), JSON(MediaType.valueOf("application/json;charset=UTF-8"));

	private final MediaType mediaType;

	Open311Format(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	MediaType mediaType() {
		return mediaType;
	}

	static Open311Format of(String extension) {
		return switch (extension == null ? "" : extension.toLowerCase(Locale.ROOT)) {
			case "xml" -> XML;
			case "json" -> JSON;
			default -> throw Open311Exception.notFound("format", "appeals-api.open311.format.unknown");
		};
	}

	/** For error answers: the extension of the path asked for, XML when there is none or it is unknown. */
	static Open311Format ofPath(String path) {
		return path != null && path.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : XML;
	}

}
