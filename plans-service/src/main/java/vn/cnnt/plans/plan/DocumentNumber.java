package vn.cnnt.plans.plan;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cnnt.kit.text.VietnameseText;

/**
 * A document number (số, ký hiệu): administrative {@code 317/KH-UBND} or legal normative {@code 45/2012/NĐ-CP}.
 * Type codes keep their case and Đ ({@code TTr}, {@code CTr}, {@code QĐ}, {@code ĐA}); the issuer may carry a
 * unit ({@code QĐ-UBND-KT}). Input may be decomposed (NFD) or padded with spaces. A number is kept as written
 * ({@link #written}: "08/KH-UBND" keeps its zero, Decree 30/2020/NĐ-CP); {@link #toString} is its comparison key, without
 * the leading zero, so that "08/KH-UBND" and "8/KH-UBND" are the same document.
 */
public record DocumentNumber(int number, Integer year, String type, String issuer) {

    private static final Pattern FORMAT =
            Pattern.compile("(\\d{1,6})/(?:(\\d{4})/)?(\\p{Lu}[\\p{L}]{0,5})-(\\p{Lu}[\\p{L}\\d]*(?:-[\\p{L}\\d]+)*)");

    public static Optional<DocumentNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(VietnameseText.nfc(text).strip());
        if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
            return Optional.empty();
        }
        return Optional.of(new DocumentNumber(
                Integer.parseInt(m.group(1)),
                m.group(2) == null ? null : Integer.parseInt(m.group(2)),
                m.group(3),
                m.group(4)));
    }

    /** The number as the document writes it: NFC, surrounding spaces removed, a leading zero kept. */
    public static String written(String text) {
        return VietnameseText.nfc(text).strip();
    }

    /** The comparison key: the number without leading zeros. */
    @Override
    public String toString() {
        return number + "/" + (year == null ? "" : year + "/") + type + "-" + issuer;
    }
}
