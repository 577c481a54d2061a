package vn.cnnt.plans.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class DocumentNumberTest {

    @Test
    void shouldReadAdministrativeAndLegalNormativeNumbers() {
        assertThat(DocumentNumber.parse("317/KH-UBND")).contains(new DocumentNumber(317, null, "KH", "UBND"));
        assertThat(DocumentNumber.parse("45/2012/NĐ-CP")).contains(new DocumentNumber(45, 2012, "NĐ", "CP"));
        assertThat(DocumentNumber.parse("12/TTr-SCT")).contains(new DocumentNumber(12, null, "TTr", "SCT"));
        assertThat(DocumentNumber.parse("5/KH-UBND-KT")).contains(new DocumentNumber(5, null, "KH", "UBND-KT"));
    }

    @Test
    void shouldKeepMixedCaseAndDInTypeCodes() {
        assertThat(DocumentNumber.parse("3/CTr-UBND")).contains(new DocumentNumber(3, null, "CTr", "UBND"));
        assertThat(DocumentNumber.parse("8/ĐA-UBND")).contains(new DocumentNumber(8, null, "ĐA", "UBND"));
        assertThat(DocumentNumber.parse("597/QĐ-UBND")).contains(new DocumentNumber(597, null, "QĐ", "UBND"));
    }

    @Test
    void shouldKeepTheLeadingZeroAsWrittenAndCompareWithoutIt() {
        assertThat(DocumentNumber.written(" 08/KH-UBND ")).isEqualTo("08/KH-UBND");
        assertThat(DocumentNumber.written(" 05/2020/TT-BCT ")).isEqualTo("05/2020/TT-BCT");
        assertThat(DocumentNumber.parse(" 05/2020/TT-BCT "))
                .map(DocumentNumber::toString)
                .contains("5/2020/TT-BCT");
        assertThat(DocumentNumber.parse("08/KH-UBND")).isEqualTo(DocumentNumber.parse("8/KH-UBND"));
    }

    @Test
    void shouldReadDecomposedInputAsComposed() {
        assertThat(DocumentNumber.parse(Normalizer.normalize("1877/QĐ-UBND", Normalizer.Form.NFD)))
                .map(DocumentNumber::toString)
                .contains("1877/QĐ-UBND");
        assertThat(DocumentNumber.parse(Normalizer.normalize("45/2012/NĐ-CP", Normalizer.Form.NFD)))
                .contains(new DocumentNumber(45, 2012, "NĐ", "CP"));
    }

    @Test
    void shouldRefuseWhatIsNotADocumentNumber() {
        assertThat(DocumentNumber.parse("317")).isEmpty();
        assertThat(DocumentNumber.parse("317/kh-UBND")).isEmpty();
        assertThat(DocumentNumber.parse("0/KH-UBND")).isEmpty();
        assertThat(DocumentNumber.parse(" 317 / KH-UBND")).isEmpty();
    }
}
