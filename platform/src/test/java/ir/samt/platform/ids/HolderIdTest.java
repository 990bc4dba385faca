package ir.samt.platform.ids;

import static org.assertj.core.api.Assertions.assertThat;

import ir.samt.platform.ids.HolderId.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HolderIdTest {

    @Test
    void parsesTenDigitsAsNationalCode() {
        assertThat(HolderId.parse("0380123452")).contains(new HolderId(Kind.NATIONAL_CODE, "0380123452"));
    }

    @Test
    void padsEightOrNineDigitsAsNationalCode() {
        assertThat(HolderId.parse("76229645")).contains(new HolderId(Kind.NATIONAL_CODE, "0076229645"));
    }

    @Test
    void parsesElevenDigitsAsLegalEntityId() {
        assertThat(HolderId.parse("10380284790")).contains(new HolderId(Kind.LEGAL_ENTITY_ID, "10380284790"));
    }

    @Test
    void stripsSpacesAndDashesAndAcceptsPersianDigits() {
        assertThat(HolderId.parse("۰۰۷ ۶۲۲۹۶۴-۵")).contains(new HolderId(Kind.NATIONAL_CODE, "0076229645"));
        assertThat(HolderId.parse("1086-0123-456")).contains(new HolderId(Kind.LEGAL_ENTITY_ID, "10860123456"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "0380123453", "1111111111", "10860123457", "123", "123456789012", "abc"})
    void isEmptyForInvalidInput(String raw) {
        assertThat(HolderId.parse(raw)).isEmpty();
    }

    @Test
    void isEmptyForNull() {
        assertThat(HolderId.parse(null)).isEmpty();
    }
}
