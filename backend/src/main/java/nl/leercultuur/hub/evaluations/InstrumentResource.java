package nl.leercultuur.hub.evaluations;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.leercultuur.hub.evaluations.dto.InstrumentDto;
import nl.leercultuur.hub.evaluations.dto.InstrumentPage;
import nl.leercultuur.hub.evaluations.dto.InstrumentRequest;
import nl.leercultuur.hub.shared.openapi.ApiResponses;
import nl.leercultuur.hub.shared.openapi.HubOpenApiFilter;
import nl.leercultuur.hub.shared.paging.PageParams;
import nl.leercultuur.hub.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for the learning-culture questionnaires. */
@Path("/api/v1/instruments")
@Tag(name = "Evaluations", description = "The learning-culture measurement: instruments, measurement waves, anonymous surveys and results")
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentResource {

    @Inject
    InstrumentService service;

    @GET
    @PermitAll
    @Operation(operationId = "listInstruments", summary = "The questionnaires", description = "Public. Every version, by code, newest first.")
    @APIResponse(responseCode = "200", description = "A page of instruments", content = @Content(schema = @Schema(implementation = InstrumentPage.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    public InstrumentPage list(@Valid @BeanParam PageParams page) {
        return service.list(page.toRequest());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getInstrument", summary = "One questionnaire version with its dimensions and items", description = "Public.")
    @APIResponse(responseCode = "200", description = "The instrument", content = @Content(schema = @Schema(implementation = InstrumentDto.class)))
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public InstrumentDto get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "createInstrument", summary = "Add a questionnaire, or a new version of one",
            description = "Staff only. An existing code gets the next version number; versions never change, so measurements keep "
                    + "the questions they started with.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(ref = "Location"),
            content = @Content(schema = @Schema(implementation = InstrumentDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    public Response create(@Valid @NotNull(message = "{hub.body.required}") InstrumentRequest request, @Context UriInfo uri) {
        InstrumentDto created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }
}
