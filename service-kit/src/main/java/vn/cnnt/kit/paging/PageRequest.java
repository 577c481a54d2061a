package vn.cnnt.kit.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.cnnt.kit.problem.ProblemException;

/**
 * {@code ?pageSize=&pageToken=} of every list; use with {@code @BeanParam @Valid}. The token carries a keyset cursor, the
 * sort key of the last row shown; one this list did not hand out is a 422 problem naming {@code pageToken}.
 */
public class PageRequest {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    @QueryParam("pageSize")
    @Min(value = 1, message = "must be between 1 and 500")
    @Max(value = MAX_SIZE, message = "must be between 1 and 500")
    @Parameter(description = "Items per page, 1–500 (default 50)", example = "50")
    Integer pageSize;

    @QueryParam("pageToken")
    @Parameter(description = "The nextPageToken of the previous page")
    String pageToken;

    public PageRequest() {}

    public PageRequest(Integer pageSize, String pageToken) {
        this.pageSize = pageSize;
        this.pageToken = pageToken;
    }

    public int size() {
        return pageSize == null ? DEFAULT_SIZE : pageSize;
    }

    /** The cursor carried by the token (the sort key of the last row shown), or null for the first page. */
    public String cursor() {
        return pageToken == null || pageToken.isBlank() ? null : PageToken.decode(pageToken);
    }

    /** The cursor of a list sorted by id, or null for the first page. */
    public UUID uuidCursor() {
        String cursor = cursor();
        try {
            return cursor == null ? null : UUID.fromString(cursor);
        } catch (IllegalArgumentException e) {
            throw notOurs();
        }
    }

    /** The cursor of a list sorted by a sequence number, or 0 for the first page. */
    public long numberCursor() {
        String cursor = cursor();
        try {
            return cursor == null ? 0 : Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw notOurs();
        }
    }

    /** The cursor of a list sorted by a date then id, or null for the first page. */
    public DateAndId dateAndIdCursor() {
        String cursor = cursor();
        if (cursor == null) {
            return null;
        }
        try {
            String[] parts = cursor.split("\\|", 2);
            return new DateAndId(LocalDate.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw notOurs();
        }
    }

    /** The sort key of a list ordered by a date then id. */
    public record DateAndId(LocalDate date, UUID id) {

        /** The cursor of a row, for {@link Page#of}. */
        public static String cursor(LocalDate date, UUID id) {
            return date + "|" + id;
        }
    }

    private static ProblemException notOurs() {
        return ProblemException.invalidField("pageToken", "is not a token returned by this list");
    }
}
