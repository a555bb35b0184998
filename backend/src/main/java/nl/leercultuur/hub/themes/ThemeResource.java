package nl.leercultuur.hub.themes;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.leercultuur.hub.shared.openapi.ApiResponses;
import nl.leercultuur.hub.shared.openapi.HubOpenApiFilter;
import nl.leercultuur.hub.shared.paging.PageParams;
import nl.leercultuur.hub.shared.security.Roles;
import nl.leercultuur.hub.shared.web.Preconditions;
import nl.leercultuur.hub.themes.dto.CreateThemeRequest;
import nl.leercultuur.hub.themes.dto.ThemeDto;
import nl.leercultuur.hub.themes.dto.ThemePage;
import nl.leercultuur.hub.themes.dto.UpdateThemeRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for the theme vocabulary. */
@Path("/api/v1/themes")
@Tag(name = "Themes", description = "The theme vocabulary (public to read, managed by staff)")
@Produces(MediaType.APPLICATION_JSON)
public class ThemeResource {

    @Inject
    ThemeService service;

    @GET
    @PermitAll
    @Operation(operationId = "listThemes", summary = "List the themes", description = "Public. Ordered as staff arranged them.")
    @APIResponse(responseCode = "200", description = "A page of themes",
            content = @Content(schema = @Schema(implementation = ThemePage.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    public ThemePage list(@Valid @BeanParam PageParams page) {
        var result = service.list(page.toRequest());
        return new ThemePage(result.items(), result.page(), result.size(), result.totalItems(), result.totalPages());
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(operationId = "getTheme", summary = "One theme by code", description = "Public. Supports If-None-Match (304).")
    @APIResponse(responseCode = "200", description = "The theme", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = ThemeDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match matches the current version",
            headers = @Header(ref = "ETag"))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public Response get(@PathParam("code") @Size(max = 60, message = "{hub.size.max}") @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 60)) String code,
            @Parameter(description = "An ETag you have; 304 when it is still current", schema = @Schema(type = SchemaType.STRING, maxLength = 100))
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ThemeDto theme = service.get(code);
        return Preconditions.conditionalGet(ifNoneMatch, theme.version(), theme);
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "createTheme", summary = "Add a theme", description = "Staff only.")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(ref = "Location"), @Header(ref = "ETag")},
            content = @Content(schema = @Schema(implementation = ThemeDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "409", description = "A theme with this code exists")
    public Response create(@Valid @NotNull(message = "{hub.body.required}") CreateThemeRequest request, @Context UriInfo uri) {
        ThemeDto created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
                .tag(Preconditions.etag(created.version())).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "updateTheme", summary = "Change a theme's labels and descriptions",
            description = "Staff only. The code never changes. If-Match is optional and checked when sent.")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = ThemeDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", description = ApiResponses.PRECONDITION_FAILED)
    public Response update(@PathParam("code") @Size(max = 60, message = "{hub.size.max}") @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 60)) String code,
            @Parameter(description = "Optional: the ETag you read", schema = @Schema(type = SchemaType.STRING, maxLength = 100))
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "{hub.body.required}") UpdateThemeRequest body) {
        Long expected = null;
        if (ifMatch != null && !ifMatch.isBlank()) {
            long current = service.get(code).version();
            Preconditions.checkMatch(ifMatch, current);
            expected = current;
        }
        ThemeDto updated = service.update(code, expected, body);
        return Response.ok(updated).tag(Preconditions.etag(updated.version())).build();
    }
}
