package org.onedoor.appeals.open311;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Parses an XML answer (so malformed XML fails the test) and reads it with XPath. */
final class Open311Xml {

	private final Document document;

	private Open311Xml(Document document) {
		this.document = document;
	}

	static Open311Xml parse(String xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			return new Open311Xml(factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
		}
		catch (Exception ex) {
			throw new AssertionError("not well-formed XML: " + xml, ex);
		}
	}

	String text(String xpath) {
		try {
			return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.STRING);
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	int count(String xpath) {
		try {
			return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET))
				.getLength();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	String root() {
		return document.getDocumentElement().getTagName();
	}

}
