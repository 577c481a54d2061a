package vn.cnnt.kit.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code ?pageSize=&pageToken=} of every list; use with {@code @BeanParam @Valid}. */
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

    public PageRequest() {
    }

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
}
