package nl.leercultuur.hub.community;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import nl.leercultuur.hub.community.dto.JoinRequestCreate;
import nl.leercultuur.hub.community.dto.JoinRequestDecline;
import nl.leercultuur.hub.community.dto.JoinRequestDto;
import nl.leercultuur.hub.community.dto.JoinRequestPage;
import nl.leercultuur.hub.community.dto.JoinRequestReceipt;
import nl.leercultuur.hub.shared.openapi.ApiResponses;
import nl.leercultuur.hub.shared.openapi.HubOpenApiFilter;
import nl.leercultuur.hub.shared.ratelimit.RateLimited;
import nl.leercultuur.hub.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for join requests: visitors apply, the programme team approves or declines. */
@Path("/api/v1/join-requests")
@Tag(name = "Community", description = "Organisations and members of the learning-culture community")
@Produces(MediaType.APPLICATION_JSON)
public class JoinRequestResource {

    @Inject
    JoinRequestService service;

    @POST
    @PermitAll
    @RateLimited("join-request")
    @SecurityRequirementsSet(@SecurityRequirement(name = HubOpenApiFilter.SCHEME))
    @SecurityRequirementsSet
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "applyToJoin", summary = "Apply to join the community",
            description = "Public; rate-limited per address. Name either `organizationId` (listed in the Hub) or `newOrganization`. "
                    + "The programme team answers by e-mail: on approval Keycloak mails an invitation to set a password.")
    @APIResponse(responseCode = "202", description = "Received; the programme team will answer by e-mail",
            content = @Content(schema = @Schema(implementation = JoinRequestReceipt.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    public Response apply(@Valid @NotNull(message = "{hub.body.required}") JoinRequestCreate request) {
        return Response.accepted(service.apply(request)).build();
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "listJoinRequests", summary = "The join-request inbox", description = "Staff only. Newest first.")
    @APIResponse(responseCode = "200", description = "A page of join requests",
            content = @Content(schema = @Schema(implementation = JoinRequestPage.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    public JoinRequestPage list(@Valid @BeanParam JoinRequestSearchParams params) {
        return service.list(params);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.STAFF)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "approveJoinRequest", summary = "Approve a join request",
            description = "Staff only. Creates the organisation when it is new and the person's Keycloak account; Keycloak mails "
                    + "the invitation to set a password and verify the e-mail address. 409 when the request was already "
                    + "decided or the address already has an account; 503 when Keycloak does not answer (nothing changed).")
    @APIResponse(responseCode = "200", description = "The approved request", content = @Content(schema = @Schema(implementation = JoinRequestDto.class)))
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", description = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "503", description = ApiResponses.UNAVAILABLE)
    public JoinRequestDto approve(@PathParam("id") UUID id) {
        return service.approve(id);
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "declineJoinRequest", summary = "Decline a join request",
            description = "Staff only. The applicant gets the answer by e-mail, with the reason when given.")
    @APIResponse(responseCode = "200", description = "The declined request", content = @Content(schema = @Schema(implementation = JoinRequestDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", description = ApiResponses.CONFLICT)
    public JoinRequestDto decline(@PathParam("id") UUID id, @Valid JoinRequestDecline body) {
        return service.decline(id, body);
    }
}
