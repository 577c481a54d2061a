package vn.cnnt.kit.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a list: never a bare array; {@code nextPageToken} is null on the last page. */
public record Page<T>(
        List<T> items,

        @Schema(description = "Opaque token for the next page; null on the last page", nullable = true)
        String nextPageToken) {

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), null);
    }

    /**
     * From a query that fetched one row more than the page size: that extra row only says that a next
     * page exists, and the token points after the last row shown.
     */
    public static <E, T> Page<T> of(
            List<E> fetched, PageRequest request, Function<E, String> cursorOf, Function<E, T> mapper) {
        boolean more = fetched.size() > request.size();
        List<E> shown = more ? fetched.subList(0, request.size()) : fetched;
        String next = more ? PageToken.encode(cursorOf.apply(shown.getLast())) : null;
        return new Page<>(shown.stream().map(mapper).toList(), next);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextPageToken);
    }
}
