package vn.cnnt.kit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void shouldFoldAccentsCaseAndDStroke() {
        assertThat(VietnameseText.fold("CAO BẰNG")).isEqualTo("cao bang");
        assertThat(VietnameseText.fold("Cao Bằng")).isEqualTo("cao bang");
        assertThat(VietnameseText.fold("Đồng Nai")).isEqualTo("dong nai");
        assertThat(VietnameseText.fold("Thừa Thiên  Huế")).isEqualTo("thua thien hue");
    }

    @Test
    void shouldStoreDecomposedInputAsComposed() {
        String nfd = Normalizer.normalize("Bình Phước", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Bình Phước");
        assertThat(VietnameseText.nfc("  " + nfd + " ")).isEqualTo("Bình Phước");
    }
}
