package nl.leercultuur.hub.community;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import nl.leercultuur.hub.shared.paging.PageParams;
import nl.leercultuur.hub.shared.web.params.EnumParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of the join-request inbox. */
public class JoinRequestSearchParams extends PageParams {

    @QueryParam("status")
    @EnumParam(JoinRequestStatus.class)
    @Parameter(description = "Filter on status (repeatable; OR); all when absent",
            schema = @Schema(type = SchemaType.ARRAY, implementation = JoinRequestStatus.class, maxItems = 3))
    public List<String> status;
}
