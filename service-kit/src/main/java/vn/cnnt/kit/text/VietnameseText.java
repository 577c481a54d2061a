package vn.cnnt.kit.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text: stored in NFC; folded (no diacritics, đ → d, lower case) for search. */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {}

    /** NFC with trimmed, single spaces; null stays null. */
    public static String nfc(String text) {
        return text == null
                ? null
                : SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip())
                        .replaceAll(" ");
    }

    /** "CAO BẰNG", "Cao Bằng" and "cao bang" all fold to "cao bang". */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll(""))
                .replaceAll(" ")
                .strip()
                .toLowerCase(Locale.ROOT);
    }
}
