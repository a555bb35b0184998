package nl.leercultuur.hub.pilots;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.leercultuur.hub.pilots.dto.CreateInterventionTypeRequest;
import nl.leercultuur.hub.pilots.dto.InterventionTypeDto;
import nl.leercultuur.hub.pilots.dto.InterventionTypePage;
import nl.leercultuur.hub.pilots.dto.InterventionTypeRequest;

/** HTTP for the intervention-type vocabulary. */
@Path("/api/v1/intervention-types")
@Tag(name = "Pilots", description = "Pilots that try interventions with partner organisations, and the intervention types")
@Produces(MediaType.APPLICATION_JSON)
public class InterventionTypeResource {

    private static final String CODE = "lowercase words joined by hyphens, e.g. intervisie";

    @Inject
    InterventionTypeService service;

    @GET
    @PermitAll
    @Operation(operationId = "listInterventionTypes", summary = "List the intervention types",
            description = "Public. Each with its description and active ingredients, ordered as staff arranged them.")
    @APIResponse(responseCode = "200", description = "A page of intervention types",
            content = @Content(schema = @Schema(implementation = InterventionTypePage.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    public InterventionTypePage list(@Valid @BeanParam PageParams page) {
        return service.list(page.toRequest());
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(operationId = "getInterventionType", summary = "One intervention type by code", description = "Public. Supports If-None-Match (304).")
    @APIResponse(responseCode = "200", description = "The intervention type", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = InterventionTypeDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match matches the current version",
            headers = @Header(ref = "ETag"))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public Response get(@PathParam("code") @Size(max = 60, message = "{hub.size.max}")
            @Parameter(description = CODE, schema = @Schema(type = SchemaType.STRING, maxLength = 60)) String code,
            @Parameter(description = "An ETag you have; 304 when it is still current", schema = @Schema(type = SchemaType.STRING, maxLength = 100))
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        InterventionTypeDto type = service.get(code);
        return Preconditions.conditionalGet(ifNoneMatch, type.version(), type);
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "createInterventionType", summary = "Add an intervention type", description = "Staff only.")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(ref = "Location"), @Header(ref = "ETag")},
            content = @Content(schema = @Schema(implementation = InterventionTypeDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "409", description = "An intervention type with this code exists")
    public Response create(@Valid @NotNull(message = "{hub.body.required}") CreateInterventionTypeRequest request, @Context UriInfo uri) {
        InterventionTypeDto created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
                .tag(Preconditions.etag(created.version())).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "updateInterventionType", summary = "Change an intervention type's texts and active ingredients",
            description = "Staff only. The code never changes. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = InterventionTypeDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", description = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", description = ApiResponses.PRECONDITION_REQUIRED)
    public Response update(@PathParam("code") @Size(max = 60, message = "{hub.size.max}")
            @Parameter(description = CODE, schema = @Schema(type = SchemaType.STRING, maxLength = 60)) String code,
            @Parameter(description = "The ETag you read, e.g. \"3\"", required = true, schema = @Schema(type = SchemaType.STRING, maxLength = 100))
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "{hub.body.required}") InterventionTypeRequest request) {
        return Preconditions.update(ifMatch, service.versionForUpdate(code), v -> service.update(code, v, request),
                InterventionTypeDto::version);
    }
}
