package nl.leercultuur.hub.pilots;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import nl.leercultuur.hub.community.Province;
import nl.leercultuur.hub.shared.paging.PageParams;
import nl.leercultuur.hub.shared.web.params.DateTimeParam;
import nl.leercultuur.hub.shared.web.params.EnumParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of the pilot list. */
public class PilotSearchParams extends PageParams {

    @QueryParam("status")
    @EnumParam(PilotStatus.class)
    @Parameter(description = "Filter on status (repeatable; OR)",
            schema = @Schema(type = SchemaType.ARRAY, implementation = PilotStatus.class, maxItems = 6))
    public List<String> status;

    @QueryParam("interventionType")
    @Size(max = 10, message = "{hub.list.max}")
    @Parameter(description = "Filter on intervention type codes (repeatable; OR)",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class, maxItems = 10, maxLength = 60))
    public List<@Size(max = 60, message = "{hub.size.max}") String> interventionType;

    @QueryParam("province")
    @EnumParam(Province.class)
    @Parameter(description = "Only pilots with an organisation taking part in one of these provinces (repeatable; OR)",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Province.class, maxItems = 12))
    public List<String> province;

    @QueryParam("organization")
    @Parameter(description = "Only pilots this organisation takes part in",
            schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36, pattern = "^[0-9a-fA-F-]{36}$"))
    @jakarta.validation.constraints.Pattern(regexp = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            message = "{hub.uuid.format}")
    public String organization;

    @QueryParam("updatedSince")
    @DateTimeParam
    @Parameter(description = "Only pilots changed after this moment (ISO-8601 with offset), for incremental reads",
            example = "2026-01-01T00:00:00Z", schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 40))
    public String updatedSince;
}
