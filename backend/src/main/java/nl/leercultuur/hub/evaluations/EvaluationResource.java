package nl.leercultuur.hub.evaluations;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import nl.leercultuur.hub.evaluations.dto.EvaluationDto;
import nl.leercultuur.hub.evaluations.dto.EvaluationRequest;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for one evaluation: read, change (If-Match) and publish. */
@Path("/api/v1/evaluations/{id}")
@Tag(name = "Evaluations")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    @Inject
    EvaluationService service;

    @GET
    @PermitAll
    @SecurityRequirementsSet(@SecurityRequirement(name = HubOpenApiFilter.SCHEME))
    @SecurityRequirementsSet
    @Operation(operationId = "getEvaluation", summary = "One evaluation with the pilot's results",
            description = "Staff and the organisations taking part; everyone once it is published (others: 404).")
    @APIResponse(responseCode = "200", description = "The evaluation", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = EvaluationDto.class)))
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public Response get(@PathParam("id") UUID id) {
        EvaluationDto evaluation = service.get(id);
        return Response.ok(evaluation).tag(Preconditions.etag(evaluation.version())).build();
    }

    @PUT
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "updateEvaluation", summary = "Change an evaluation", description = "Staff only, until it is published (409). "
            + "Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = EvaluationDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Already published")
    @APIResponse(responseCode = "412", description = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", description = ApiResponses.PRECONDITION_REQUIRED)
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag from GET, e.g. \"3\"", required = true, schema = @Schema(type = SchemaType.STRING, maxLength = 100))
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "{hub.body.required}") EvaluationRequest request) {
        return Preconditions.update(ifMatch, service.versionForUpdate(id), v -> service.update(id, v, request), EvaluationDto::version);
    }

    @POST
    @Path("/publish")
    @RolesAllowed(Roles.STAFF)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "publishEvaluation", summary = "Publish an evaluation",
            description = "Staff only. Needs the lessons, a conclusion, a decision and its rationale (400). Writes a PRACTICE_EXAMPLE "
                    + "knowledge item from it, makes the pilot and its results public, and moves a pilot being evaluated to COMPLETED. "
                    + "409 when the pilot already has a published evaluation, or has not been evaluated yet.")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(schema = @Schema(implementation = EvaluationDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", description = ApiResponses.CONFLICT)
    public EvaluationDto publish(@PathParam("id") UUID id) {
        return service.publish(id);
    }
}
