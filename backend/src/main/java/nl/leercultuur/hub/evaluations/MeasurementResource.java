package nl.leercultuur.hub.evaluations;

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
import nl.leercultuur.hub.evaluations.dto.MeasurementDto;
import nl.leercultuur.hub.evaluations.dto.MeasurementList;
import nl.leercultuur.hub.evaluations.dto.MeasurementRequest;
import nl.leercultuur.hub.shared.openapi.ApiResponses;
import nl.leercultuur.hub.shared.openapi.HubOpenApiFilter;
import nl.leercultuur.hub.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for a pilot's measurement waves. */
@Path("/api/v1/pilots/{pilotId}/measurements")
@Tag(name = "Evaluations")
@Produces(MediaType.APPLICATION_JSON)
public class MeasurementResource {

    @Inject
    MeasurementService service;

    @GET
    @RolesAllowed({Roles.STAFF, Roles.PARTNER})
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "listMeasurements", summary = "A pilot's measurement waves",
            description = "Staff, and the people and systems of the organisations taking part (other organisations: 404). The survey "
                    + "link's token only for staff and the people taking part, who hand it to employees.")
    @APIResponse(responseCode = "200", description = "The waves, oldest first", content = @Content(schema = @Schema(implementation = MeasurementList.class)))
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public MeasurementList list(@PathParam("pilotId") UUID pilotId) {
        return service.list(pilotId);
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "createMeasurement", summary = "Open a measurement wave with an anonymous survey link",
            description = "Staff only. One baseline per pilot; a follow-up needs the baseline and its instrument version.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = MeasurementDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public Response create(@PathParam("pilotId") UUID pilotId, @Valid @NotNull(message = "{hub.body.required}") MeasurementRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.create(pilotId, request)).build();
    }
}
