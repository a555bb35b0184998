package nl.leercultuur.hub.community;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.UUID;
import nl.leercultuur.hub.community.dto.ContributionsDto;
import nl.leercultuur.hub.community.dto.OrganizationDto;
import nl.leercultuur.hub.community.dto.OrganizationPage;
import nl.leercultuur.hub.community.dto.OrganizationRequest;
import nl.leercultuur.hub.community.dto.PartnerSystemDto;
import nl.leercultuur.hub.shared.openapi.ApiResponses;
import nl.leercultuur.hub.shared.openapi.HubOpenApiFilter;
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

/** HTTP for the organisations of the community. */
@Path("/api/v1/organizations")
@Tag(name = "Community", description = "Organisations and members of the learning-culture community")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private static final String VISIBILITY = " Visitors see organisations that chose PUBLIC; partners and partner systems also "
            + "COMMUNITY ones and their own; staff see all.";

    private static final String CLIENT_ID = "^[A-Za-z0-9._-]{1,255}$";

    @Inject
    OrganizationService service;

    @GET
    @PermitAll
    @Operation(operationId = "listOrganizations", summary = "List organisations", description = "Public; a token shows more." + VISIBILITY)
    @APIResponse(responseCode = "200", description = "A page of organisations, by name",
            content = @Content(schema = @Schema(implementation = OrganizationPage.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    public OrganizationPage list(@Valid @BeanParam OrganizationSearchParams params) {
        return service.search(params);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getOrganization", summary = "One organisation", description = "Public; a token shows more."
            + VISIBILITY + " Organisations the caller may not see answer 404.")
    @APIResponse(responseCode = "200", description = "The organisation", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = OrganizationDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match matches the current version",
            headers = @Header(ref = "ETag"))
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public Response get(@PathParam("id") UUID id,
            @Parameter(description = "An ETag you have; 304 when it is still current", schema = @Schema(type = SchemaType.STRING, maxLength = 100))
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        OrganizationDto organization = service.get(id);
        return Preconditions.conditionalGet(ifNoneMatch, organization.version(), organization);
    }

    @GET
    @Path("/{id}/contributions")
    @PermitAll
    @Operation(operationId = "getOrganizationContributions", summary = "What an organisation contributed",
            description = "Public; a token shows more. The published knowledge items proposed for the organisation, as far as "
                    + "the caller may see them. Organisations the caller may not see answer 404.")
    @APIResponse(responseCode = "200", description = "Its contributions",
            content = @Content(schema = @Schema(implementation = ContributionsDto.class)))
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public ContributionsDto contributions(@PathParam("id") UUID id) {
        return service.contributions(id);
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "createOrganization", summary = "Register an organisation", description = "Staff only.")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(ref = "Location"), @Header(ref = "ETag")},
            content = @Content(schema = @Schema(implementation = OrganizationDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "409", description = "An organisation with this KvK number exists")
    public Response create(@Valid @NotNull(message = "{hub.body.required}") OrganizationRequest request, @Context UriInfo uri) {
        OrganizationDto created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(Preconditions.etag(created.version())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.STAFF, Roles.PARTNER})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "updateOrganization", summary = "Change an organisation's profile",
            description = "Staff, and the people of that organisation (another organisation: 403). Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = OrganizationDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not your organisation")
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "An organisation with this KvK number exists")
    @APIResponse(responseCode = "412", description = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", description = ApiResponses.PRECONDITION_REQUIRED)
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag from GET, e.g. \"3\"", required = true, schema = @Schema(type = SchemaType.STRING, maxLength = 100))
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "{hub.body.required}") OrganizationRequest request) {
        return Preconditions.update(ifMatch, service.versionForUpdate(id), v -> service.update(id, v, request), OrganizationDto::version);
    }

    @PUT
    @Path("/{id}/partner-systems/{clientId}")
    @RolesAllowed(Roles.STAFF)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "linkPartnerSystem", summary = "Link a partner system to an organisation",
            description = "Staff only. The client (client credentials) then acts for this organisation: it sees the "
                    + "organisation's proposals. Linking it to another organisation moves it.")
    @APIResponse(responseCode = "200", description = "Linked", content = @Content(schema = @Schema(implementation = PartnerSystemDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public PartnerSystemDto linkPartnerSystem(@PathParam("id") UUID id,
            @Parameter(description = "The Keycloak client id", schema = @Schema(type = SchemaType.STRING, maxLength = 255, pattern = CLIENT_ID))
            @PathParam("clientId") @Pattern(regexp = CLIENT_ID, message = "{hub.client-id.format}") String clientId) {
        return service.linkPartnerSystem(id, clientId);
    }

    @DELETE
    @Path("/{id}/partner-systems/{clientId}")
    @RolesAllowed(Roles.STAFF)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "unlinkPartnerSystem", summary = "Unlink a partner system from an organisation",
            description = "Staff only. The client then acts for no organisation.")
    @APIResponse(responseCode = "204", description = "Unlinked")
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public Response unlinkPartnerSystem(@PathParam("id") UUID id,
            @Parameter(description = "The Keycloak client id", schema = @Schema(type = SchemaType.STRING, maxLength = 255, pattern = CLIENT_ID))
            @PathParam("clientId") @Pattern(regexp = CLIENT_ID, message = "{hub.client-id.format}") String clientId) {
        service.unlinkPartnerSystem(id, clientId);
        return Response.noContent().build();
    }
}
