package nl.leercultuur.hub.shared.paging;

import jakarta.ws.rs.QueryParam;
import nl.leercultuur.hub.shared.web.params.IntegerParam;
import nl.leercultuur.hub.shared.web.params.QueryValues;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The `page` and `size` query parameters of every list endpoint: the one paging contract. Use as a {@code @BeanParam}
 * with {@code @Valid} (or extend it with the list's own parameters); a wrong value is a 400 naming the parameter.
 */
public class PageParams {

    public static final int MAX_PAGE = 100_000;

    @QueryParam("page")
    @IntegerParam(min = 0, max = MAX_PAGE)
    @Parameter(description = "0-based page number (default 0)",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "100000", defaultValue = "0"))
    public String page;

    @QueryParam("size")
    @IntegerParam(min = 1, max = PageRequest.MAX_SIZE, message = "{hub.page.size}")
    @Parameter(description = "page size, 1 to 100 (default 20)",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
    public String size;

    public PageRequest toRequest() {
        return new PageRequest(QueryValues.integer(page, 0), QueryValues.integer(size, PageRequest.DEFAULT_SIZE));
    }
}
