package nl.leercultuur.hub.community;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import nl.leercultuur.hub.shared.paging.PageParams;
import nl.leercultuur.hub.shared.web.params.EnumParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of the organisation list. */
public class OrganizationSearchParams extends PageParams {

    @QueryParam("q")
    @Size(max = 200, message = "{hub.size.max}")
    @Parameter(description = "Part of the name", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    public String q;

    @QueryParam("type")
    @EnumParam(OrganizationType.class)
    @Parameter(description = "Filter on type (repeatable; OR)",
            schema = @Schema(type = SchemaType.ARRAY, implementation = OrganizationType.class, maxItems = 10))
    public List<String> type;

    @QueryParam("province")
    @EnumParam(Province.class)
    @Parameter(description = "Filter on province (repeatable; OR)",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Province.class, maxItems = 12))
    public List<String> province;

    @QueryParam("sector")
    @Size(max = 100, message = "{hub.size.max}")
    @Parameter(description = "Filter on sector (exact, case-insensitive)", schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    public String sector;
}
