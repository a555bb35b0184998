package nl.leercultuur.hub.evaluations;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.leercultuur.hub.evaluations.dto.MeasurementDto;
import nl.leercultuur.hub.evaluations.dto.MeasurementResults;
import nl.leercultuur.hub.shared.openapi.ApiResponses;
import nl.leercultuur.hub.shared.openapi.HubOpenApiFilter;
import nl.leercultuur.hub.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for one measurement wave: its results, and closing it early. */
@Path("/api/v1/measurements/{id}")
@Tag(name = "Evaluations")
@Produces(MediaType.APPLICATION_JSON)
public class MeasurementResultsResource {

    @Inject
    MeasurementService service;

    @GET
    @Path("/results")
    @PermitAll
    @SecurityRequirementsSet(@SecurityRequirement(name = HubOpenApiFilter.SCHEME))
    @SecurityRequirementsSet
    @Operation(operationId = "getMeasurementResults", summary = "A wave's results per dimension, and the change against the baseline",
            description = "Staff and the organisations taking part; everyone once the pilot's evaluation is published (others: 404). "
                    + "No figure of a group under 5 respondents, and none while the wave still takes answers.")
    @APIResponse(responseCode = "200", description = "The results", content = @Content(schema = @Schema(implementation = MeasurementResults.class)))
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public MeasurementResults results(@PathParam("id") UUID id) {
        return service.results(id);
    }

    @POST
    @Path("/close")
    @RolesAllowed(Roles.STAFF)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "closeMeasurement", summary = "Close a wave before its closing date", description = "Staff only. No more "
            + "answers; its results can then be shown.")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(schema = @Schema(implementation = MeasurementDto.class)))
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public MeasurementDto close(@PathParam("id") UUID id) {
        return service.close(id);
    }
}
