package vn.cnnt.kit.text;

import java.util.Arrays;
import java.util.List;

/**
 * {@code ?q=} of every list: each word of the folded query must appear in the record's folded search text, so
 * "cong nghiep binh duong" finds "Chương trình phát triển công nghiệp nông thôn tỉnh Bình Dương".
 */
public final class TextSearch {

    private TextSearch() {}

    /** LIKE patterns, one per word (with LIKE's wildcards escaped); empty for a blank query. */
    public static List<String> likePatterns(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        return Arrays.stream(VietnameseText.fold(q).split(" "))
                .map(w -> "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .toList();
    }
}
