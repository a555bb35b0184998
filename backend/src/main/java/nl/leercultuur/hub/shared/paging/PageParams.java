package nl.leercultuur.hub.shared.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The `page` and `size` query parameters shared by every list endpoint (validated: 400 with field errors). */
public class PageParams {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "{hub.page.number}")
    @Max(value = 100_000, message = "{hub.page.number.max}")
    @Parameter(description = "0-based page number")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "{hub.page.size}")
    @Max(value = PageRequest.MAX_SIZE, message = "{hub.page.size}")
    @Parameter(description = "page size, 1 to 100 (default 20)")
    public int size;

    public PageRequest toRequest() {
        return new PageRequest(page, size);
    }
}
