package org.onedoor.applications;

import java.util.ArrayList;
import java.util.List;

import org.onedoor.applications.Application.Field;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.MobileNumber;
import org.onedoor.shared.ResidentIdNumber;

/**
 * The applicant part of the form as typed. {@link #check()} turns it into an {@link Applicant}
 * or names the first field that is wrong: a person needs a valid 身份证 number, a company a
 * 统一社会信用代码 whose check character is right and a legal representative.
 */
record ApplicantForm(String kind, String name, String idNumber, String creditCode, String legalRep, String mobile,
		List<String> fieldLabels, List<String> fieldValues) {

	static final int MAX_FIELDS = 10;

	Applicant check() {
		Applicant.Kind k = "COMPANY".equals(kind) ? Applicant.Kind.COMPANY : Applicant.Kind.PERSON;
		String cleanName = text(name, "name", 100);
		String phone = MobileNumber.parse(mobile).map(MobileNumber::value)
			.orElseThrow(() -> new InvalidInputException("mobile", "applications.form.mobile"));
		if (k == Applicant.Kind.PERSON) {
			String id = ResidentIdNumber.parse(idNumber).map(ResidentIdNumber::value)
				.orElseThrow(() -> new InvalidInputException("idNumber", "applications.form.idNumber"));
			return new Applicant(k, cleanName, id, null, null, phone);
		}
		String code = CreditCode.parse(creditCode).map(CreditCode::value)
			.orElseThrow(() -> new InvalidInputException("creditCode", "applications.form.creditCode"));
		return new Applicant(k, cleanName, null, code, text(legalRep, "legalRep", 50), phone);
	}

	/** Free fields: rows with neither label nor value are dropped; a value needs its label. */
	List<Field> fields() {
		List<Field> fields = new ArrayList<>();
		int rows = Math.max(size(fieldLabels), size(fieldValues));
		for (int i = 0; i < rows; i++) {
			String label = at(fieldLabels, i);
			String value = at(fieldValues, i);
			if (label.isEmpty() && value.isEmpty()) {
				continue;
			}
			if (label.isEmpty() || label.length() > 50 || value.length() > 1000) {
				throw new InvalidInputException("fields", "applications.form.field", i + 1);
			}
			fields.add(new Field(label, value));
		}
		if (fields.size() > MAX_FIELDS) {
			throw new InvalidInputException("fields", "applications.form.tooManyFields", MAX_FIELDS);
		}
		return fields;
	}

	private static String text(String value, String parameter, int max) {
		String clean = value == null ? "" : value.strip();
		if (clean.isEmpty() || clean.length() > max) {
			throw new InvalidInputException(parameter, "applications.form.required." + parameter, max);
		}
		return clean;
	}

	private static int size(List<String> list) {
		return list == null ? 0 : list.size();
	}

	private static String at(List<String> list, int i) {
		return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i).strip();
	}

}
