package org.onedoor.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalNumbersTests {

	// The specimen number printed in GB 11643-1999 and in countless manuals.
	private static final String SPECIMEN = "11010519491231002X";

	@Test
	void acceptsANumberWithItsCheckCharacter() {
		ResidentIdNumber id = ResidentIdNumber.parse(" 11010519491231002x ").orElseThrow();
		assertThat(id.value()).isEqualTo(SPECIMEN);
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(id.masked()).isEqualTo("110105********002X");
		assertThat(id.toString()).doesNotContain("19491231");
	}

	@Test
	void refusesWrongCheckCharactersImpossibleDatesAndGarbage() {
		assertThat(ResidentIdNumber.parse("110105194912310021")).isEmpty();
		assertThat(ResidentIdNumber.parse("110105194902300027")).isEmpty();
		assertThat(ResidentIdNumber.parse("11010519491231002")).isEmpty();
		assertThat(ResidentIdNumber.parse("<script>")).isEmpty();
		assertThat(ResidentIdNumber.parse(null)).isEmpty();
	}

	@Test
	void everyValidNumberHasExactlyOneCheckCharacter() {
		String body = SPECIMEN.substring(0, 17);
		long valid = "0123456789X".chars().filter(c -> ResidentIdNumber.parse(body + (char) c).isPresent()).count();
		assertThat(valid).isEqualTo(1);
	}

	@Test
	void mobileNumbersAsPeopleWriteThem() {
		assertThat(MobileNumber.parse("+86 138-0000-5678")).map(MobileNumber::value).contains("13800005678");
		assertThat(MobileNumber.parse("008613800005678")).isPresent();
		assertThat(MobileNumber.parse("12800005678")).isEmpty();
		assertThat(MobileNumber.parse("1380000567")).isEmpty();
		assertThat(MobileNumber.parse("13800005678").orElseThrow().masked()).isEqualTo("138****5678");
	}

}
