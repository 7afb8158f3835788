package org.onedoor.appeals.open311;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Writes one GeoReport v2 answer in XML or JSON from the same ordered maps, so both formats
 * always carry the same fields. In XML a list is an element whose children take the singular
 * name ({@code <attributes><attribute>}), as in the specification's examples; null is an empty
 * element in XML and {@code null} in JSON.
 */
@Component
class Open311Writer {

	private static final Map<String, String> SINGULAR = Map.of("services", "service", "service_requests", "request",
			"errors", "error", "attributes", "attribute", "values", "value", "endpoints", "endpoint", "formats", "format");

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	private final JsonMapper json;

	Open311Writer(JsonMapper json) {
		this.json = json;
	}

	/** @param root the XML root element; a list's items are named after it ({@link #SINGULAR}) */
	ResponseEntity<String> write(HttpStatus status, Open311Format format, String root, Object body) {
		String text = format == Open311Format.JSON ? json.writeValueAsString(body) : xml(root, body);
		return ResponseEntity.status(status).contentType(format.mediaType()).body(text);
	}

	ResponseEntity<String> ok(Open311Format format, String root, Object body) {
		return write(HttpStatus.OK, format, root, body);
	}

	private static String xml(String root, Object body) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XML.createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			element(xml, root, body);
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write Open311 XML", ex);
		}
		return out.toString();
	}

	private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
		if (value == null) {
			xml.writeEmptyElement(name);
			return;
		}
		xml.writeStartElement(name);
		if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				element(xml, entry.getKey().toString(), entry.getValue());
			}
		}
		else if (value instanceof List<?> list) {
			String item = SINGULAR.getOrDefault(name, "item");
			for (Object each : list) {
				element(xml, item, each);
			}
		}
		else if (value instanceof BigDecimal number) {
			xml.writeCharacters(number.toPlainString());
		}
		else {
			xml.writeCharacters(value.toString());
		}
		xml.writeEndElement();
	}

}
