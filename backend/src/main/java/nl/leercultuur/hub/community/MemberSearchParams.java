package nl.leercultuur.hub.community;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import nl.leercultuur.hub.shared.paging.PageParams;
import nl.leercultuur.hub.shared.web.params.EnumParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of the member directory. */
public class MemberSearchParams extends PageParams {

    static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    @QueryParam("q")
    @Size(max = 200, message = "{hub.size.max}")
    @Parameter(description = "Dutch full-text search over name, job title, expertise and bio (web-search syntax)",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    public String q;

    @QueryParam("organizationType")
    @EnumParam(OrganizationType.class)
    @Parameter(description = "Filter on the type of the member's organisation (repeatable; OR)",
            schema = @Schema(type = SchemaType.ARRAY, implementation = OrganizationType.class, maxItems = 10))
    public List<String> organizationType;

    @QueryParam("province")
    @EnumParam(Province.class)
    @Parameter(description = "Filter on the province of the member's organisation (repeatable; OR)",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Province.class, maxItems = 12))
    public List<String> province;

    @QueryParam("sector")
    @Size(max = 100, message = "{hub.size.max}")
    @Parameter(description = "Filter on the sector of the member's organisation", schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    public String sector;

    @QueryParam("organization")
    @Size(max = 50, message = "{hub.list.max}")
    @Parameter(description = "Only members of these organisations (repeatable; OR), e.g. to choose a pilot's contact person",
            schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class, maxItems = 50))
    public List<@Pattern(regexp = UUID_PATTERN, message = "{hub.uuid.format}") String> organization;

    @QueryParam("theme")
    @Size(max = 10, message = "{hub.list.max}")
    @Parameter(description = "Filter on a theme of interest (repeatable; OR)",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class, maxItems = 10, maxLength = 60))
    public List<@Size(max = 60, message = "{hub.size.max}") String> theme;
}
