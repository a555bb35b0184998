package nl.leercultuur.hub.community;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import nl.leercultuur.hub.community.dto.ConsentDto;
import nl.leercultuur.hub.community.dto.ContributionsDto;
import nl.leercultuur.hub.community.dto.MemberDto;
import nl.leercultuur.hub.community.dto.MemberExportDto;
import nl.leercultuur.hub.community.dto.MemberOrganizationRequest;
import nl.leercultuur.hub.community.dto.MemberPage;
import nl.leercultuur.hub.community.dto.MemberProfileRequest;
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

/** HTTP for the members of the community and one's own profile. */
@Path("/api/v1/members")
@Tag(name = "Community", description = "Organisations and members of the learning-culture community")
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {

    private static final String VISIBILITY = " Visitors see members who chose PUBLIC; partners and partner systems also COMMUNITY; "
            + "staff see all. E-mail and consent only for the member and staff.";

    @Inject
    MemberService service;

    @GET
    @PermitAll
    @Operation(operationId = "listMembers", summary = "The member directory",
            description = "Public; a token shows more." + VISIBILITY + " Dutch full-text search over name, job title, expertise and bio.")
    @APIResponse(responseCode = "200", description = "A page of members",
            content = @Content(schema = @Schema(implementation = MemberPage.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    public MemberPage list(@Valid @BeanParam MemberSearchParams params) {
        return service.search(params);
    }

    @GET
    @Path("/export")
    @RolesAllowed(Roles.STAFF)
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "exportMembers", summary = "The directory as CSV",
            description = "Staff only; the list's filters, at most 10000 rows, with e-mail addresses. English: comma separated; "
                    + "Dutch (Accept-Language: nl): semicolons and Dutch column names, for Dutch Excel. UTF-8 with BOM.")
    @APIResponse(responseCode = "200", description = "CSV file",
            headers = @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 104857600)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    public Response export(@Valid @BeanParam MemberSearchParams params) {
        java.io.StringWriter out = new java.io.StringWriter();
        service.export(params, out);
        return Response.ok(out.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"leercultuur-hub-leden.csv\"").build();
    }

    @GET
    @Path("/consent")
    @PermitAll
    @Operation(operationId = "getConsent", summary = "The privacy text members consent to",
            description = "Public. Its version goes into `consentVersion` when creating a profile, and again after a new version.")
    @APIResponse(responseCode = "200", description = "The current privacy text", content = @Content(schema = @Schema(implementation = ConsentDto.class)))
    public ConsentDto consent() {
        return service.consent();
    }

    @GET
    @Path("/me")
    @Authenticated
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "getMyProfile", summary = "My member profile", description = "Any signed-in person; 404 until created.")
    @APIResponse(responseCode = "200", description = "Your profile", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = MemberDto.class)))
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "A partner system has no profile")
    @APIResponse(responseCode = "404", description = "No profile yet: create it with POST")
    public Response me() {
        MemberDto me = service.me();
        return Response.ok(me).tag(Preconditions.etag(me.version())).build();
    }

    @POST
    @Path("/me")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "createMyProfile", summary = "Create my member profile, with consent",
            description = "Any signed-in person, once, with `consentVersion` of the current privacy text.")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(ref = "Location"), @Header(ref = "ETag")},
            content = @Content(schema = @Schema(implementation = MemberDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "A partner system has no profile")
    @APIResponse(responseCode = "409", description = "You already have a profile")
    public Response createMe(@Valid @NotNull(message = "{hub.body.required}") MemberProfileRequest request, @Context UriInfo uri) {
        MemberDto created = service.createMe(request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/members").path(created.id().toString()).build())
                .tag(Preconditions.etag(created.version())).entity(created).build();
    }

    @PUT
    @Path("/me")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "updateMyProfile", summary = "Change my member profile",
            description = "Requires If-Match. After a new privacy text, `consentVersion` of the new version is required.")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = MemberDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "A partner system has no profile")
    @APIResponse(responseCode = "404", description = "No profile yet: create it with POST")
    @APIResponse(responseCode = "412", description = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", description = ApiResponses.PRECONDITION_REQUIRED)
    public Response updateMe(
            @Parameter(description = "The ETag from GET, e.g. \"3\"", required = true, schema = @Schema(type = SchemaType.STRING, maxLength = 100))
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "{hub.body.required}") MemberProfileRequest request) {
        return Preconditions.update(ifMatch, service.myVersion(), v -> service.updateMe(v, request), MemberDto::version);
    }

    @GET
    @Path("/me/export")
    @Authenticated
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "exportMyData", summary = "Download everything the Hub holds about me",
            description = "GDPR: your profile, consent, and what every part of the Hub keeps about you, as a JSON file.")
    @APIResponse(responseCode = "200", description = "Your data",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"leercultuur-hub-mijn-gegevens.json\"",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
            content = @Content(schema = @Schema(implementation = MemberExportDto.class)))
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "A partner system has no profile")
    @APIResponse(responseCode = "404", description = "No profile")
    public Response exportMe() {
        return Response.ok(service.exportMe())
                .header("Content-Disposition", "attachment; filename=\"leercultuur-hub-mijn-gegevens.json\"").build();
    }

    @DELETE
    @Path("/me")
    @Authenticated
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "eraseMe", summary = "Erase me from the Hub",
            description = "GDPR: deletes your profile and every personal field the Hub keeps about you; your contributions "
                    + "stay, attributed to a former member. Cannot be undone, so If-Match with the ETag of your profile "
                    + "confirms it.")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "A partner system has no profile")
    @APIResponse(responseCode = "404", description = "No profile")
    @APIResponse(responseCode = "412", description = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", description = ApiResponses.PRECONDITION_REQUIRED)
    public Response eraseMe(
            @Parameter(description = "The ETag of your profile (GET /members/me), e.g. \"3\"", required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100))
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Preconditions.requireMatch(ifMatch, service.myVersion());
        service.eraseMe();
        return Response.noContent().build();
    }

    @PUT
    @Path("/{id}/organization")
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "linkMemberToOrganization", summary = "Link a member to the organisation they work at",
            description = "Staff only: members do not choose their organisation themselves, since it decides what they see.")
    @APIResponse(responseCode = "200", description = "The member", content = @Content(schema = @Schema(implementation = MemberDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public MemberDto linkToOrganization(@PathParam("id") UUID id,
            @Valid @NotNull(message = "{hub.body.required}") MemberOrganizationRequest request) {
        return service.linkToOrganization(id, request.organizationId());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getMember", summary = "One member", description = "Public; a token shows more." + VISIBILITY
            + " Members the caller may not see answer 404.")
    @APIResponse(responseCode = "200", description = "The member", content = @Content(schema = @Schema(implementation = MemberDto.class)))
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public MemberDto get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("/{id}/contributions")
    @PermitAll
    @Operation(operationId = "getMemberContributions", summary = "What a member contributed",
            description = "Public; a token shows more. The published knowledge items the member proposed, as far as the caller "
                    + "may see them. Members the caller may not see answer 404.")
    @APIResponse(responseCode = "200", description = "Their contributions",
            content = @Content(schema = @Schema(implementation = ContributionsDto.class)))
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public ContributionsDto contributions(@PathParam("id") UUID id) {
        return service.contributions(id);
    }
}
