package nl.leercultuur.hub.themes;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.leercultuur.hub.shared.error.ApiException;
import nl.leercultuur.hub.shared.openapi.ApiResponses;
import nl.leercultuur.hub.shared.openapi.HubOpenApiFilter;
import nl.leercultuur.hub.shared.paging.PageParams;
import nl.leercultuur.hub.shared.security.Roles;
import nl.leercultuur.hub.themes.dto.ThemeDto;
import nl.leercultuur.hub.themes.dto.ThemeRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/themes")
@Tag(name = "Themes", description = "The theme vocabulary (public to read, managed by staff)")
@Produces(MediaType.APPLICATION_JSON)
public class ThemeResource {

    @Inject
    ThemeService service;

    @GET
    @PermitAll
    @Operation(summary = "List the themes", description = "Public. Ordered as staff arranged them.")
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
    @Operation(summary = "One theme by code", description = "Public.")
    @APIResponse(responseCode = "200", description = "The theme",
            content = @Content(schema = @Schema(implementation = ThemeDto.class)))
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public ThemeDto get(@PathParam("code") String code) {
        return service.find(code).orElseThrow(() -> ApiException.notFound("Theme", code));
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(summary = "Add a theme", description = "Staff only.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ThemeDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "409", description = "A theme with this code exists")
    public Response create(@Valid @NotNull(message = "{hub.body.required}") ThemeRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        ThemeDto created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(summary = "Change a theme's labels and descriptions", description = "Staff only. The code never changes.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = ThemeDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public ThemeDto update(@PathParam("code") String code, @Valid @NotNull(message = "{hub.body.required}") ThemeRequest request) {
        return service.update(code, request);
    }

    /** The page envelope, named for OpenAPI. */
    @Schema(name = "ThemePage")
    public record ThemePage(
            @Schema(required = true) java.util.List<ThemeDto> items,
            @Schema(required = true) int page,
            @Schema(required = true) int size,
            @Schema(required = true) long totalItems,
            @Schema(required = true) int totalPages) {
    }
}
