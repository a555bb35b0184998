package nl.leercultuur.hub.evaluations;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import nl.leercultuur.hub.evaluations.dto.EvaluationDto;
import nl.leercultuur.hub.evaluations.dto.EvaluationList;
import nl.leercultuur.hub.evaluations.dto.EvaluationRequest;
import nl.leercultuur.hub.shared.openapi.ApiResponses;
import nl.leercultuur.hub.shared.openapi.HubOpenApiFilter;
import nl.leercultuur.hub.shared.security.Roles;
import nl.leercultuur.hub.shared.web.Preconditions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for a pilot's evaluations. */
@Path("/api/v1/pilots/{pilotId}/evaluations")
@Tag(name = "Evaluations")
@Produces(MediaType.APPLICATION_JSON)
public class PilotEvaluationResource {

    @Inject
    EvaluationService service;

    @GET
    @PermitAll
    @SecurityRequirementsSet(@SecurityRequirement(name = HubOpenApiFilter.SCHEME))
    @SecurityRequirementsSet
    @Operation(operationId = "listPilotEvaluations", summary = "A pilot's evaluations",
            description = "Staff and the organisations taking part see all; everyone who may see the pilot sees the published one.")
    @APIResponse(responseCode = "200", description = "The evaluations", content = @Content(schema = @Schema(implementation = EvaluationList.class)))
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public EvaluationList list(@PathParam("pilotId") UUID pilotId) {
        return service.list(pilotId);
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "createEvaluation", summary = "Start an evaluation of a pilot", description = "Staff only.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = EvaluationDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public Response create(@PathParam("pilotId") UUID pilotId, @Valid @NotNull(message = "{hub.body.required}") EvaluationRequest request) {
        EvaluationDto created = service.create(pilotId, request);
        return Response.status(Response.Status.CREATED).tag(Preconditions.etag(created.version())).entity(created).build();
    }
}
