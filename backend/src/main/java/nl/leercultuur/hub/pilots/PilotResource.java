package nl.leercultuur.hub.pilots;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import java.util.UUID;
import nl.leercultuur.hub.pilots.dto.JournalEntryDto;
import nl.leercultuur.hub.pilots.dto.JournalEntryRequest;
import nl.leercultuur.hub.pilots.dto.JournalPage;
import nl.leercultuur.hub.pilots.dto.PilotDto;
import nl.leercultuur.hub.pilots.dto.PilotPage;
import nl.leercultuur.hub.pilots.dto.PilotRequest;
import nl.leercultuur.hub.pilots.dto.PilotStatusChangeDto;
import nl.leercultuur.hub.pilots.dto.PilotStatusRequest;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for pilots. */
@Path("/api/v1/pilots")
@Tag(name = "Pilots", description = "Pilots that try interventions with partner organisations, and the intervention types")
@Produces(MediaType.APPLICATION_JSON)
public class PilotResource {

    private static final String VISIBILITY = " Staff see every pilot; partners and partner systems the pilots their organisation "
            + "takes part in; visitors pilots whose evaluation is published.";

    @Inject
    PilotService service;

    @GET
    @PermitAll
    @SecurityRequirementsSet(@SecurityRequirement(name = HubOpenApiFilter.SCHEME))
    @SecurityRequirementsSet
    @Operation(operationId = "listPilots", summary = "Pilots", description = "Public; a token shows more." + VISIBILITY
            + " Most recently changed first; with updatedSince oldest first, for incremental reads.")
    @APIResponse(responseCode = "200", description = "A page of pilots", content = @Content(schema = @Schema(implementation = PilotPage.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    public PilotPage list(@Valid @BeanParam PilotSearchParams params) {
        return service.list(params);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @SecurityRequirementsSet(@SecurityRequirement(name = HubOpenApiFilter.SCHEME))
    @SecurityRequirementsSet
    @Operation(operationId = "getPilot", summary = "One pilot", description = "Public; a token shows more." + VISIBILITY
            + " A pilot the caller may not see answers 404.")
    @APIResponse(responseCode = "200", description = "The pilot", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = PilotDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match matches the current version", headers = @Header(ref = "ETag"))
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public Response get(@PathParam("id") UUID id,
            @Parameter(description = "An ETag you have; 304 when it is still current", schema = @Schema(type = SchemaType.STRING, maxLength = 100))
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        PilotDto pilot = service.get(id);
        return Preconditions.conditionalGet(ifNoneMatch, pilot.version(), pilot);
    }

    @GET
    @Path("/{id}/history")
    @PermitAll
    @SecurityRequirementsSet(@SecurityRequirement(name = HubOpenApiFilter.SCHEME))
    @SecurityRequirementsSet
    @Operation(operationId = "getPilotHistory", summary = "A pilot's status history: who moved it, when and why",
            description = "Whoever may see the pilot. Oldest first.")
    @APIResponse(responseCode = "200", description = "The status changes",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PilotStatusChangeDto.class, maxItems = 100)))
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public List<PilotStatusChangeDto> history(@PathParam("id") UUID id) {
        return service.history(id);
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "createPilot", summary = "Register a pilot", description = "Staff only. A new pilot starts as IDEA.")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(ref = "Location"), @Header(ref = "ETag")},
            content = @Content(schema = @Schema(implementation = PilotDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    public Response create(@Valid @NotNull(message = "{hub.body.required}") PilotRequest request, @Context UriInfo uri) {
        PilotDto created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(Preconditions.etag(created.version())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.STAFF, Roles.PARTNER})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "updatePilot", summary = "Change a pilot",
            description = "Staff, and the people of an executing organisation (others that take part: 403; others: 404). Only staff "
                    + "change which organisations take part and their roles (a partner sends them unchanged, else 403). Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = PilotDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", description = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", description = ApiResponses.PRECONDITION_REQUIRED)
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag from GET, e.g. \"3\"", required = true, schema = @Schema(type = SchemaType.STRING, maxLength = 100))
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "{hub.body.required}") PilotRequest request) {
        return Preconditions.update(ifMatch, service.versionForUpdate(id), v -> service.update(id, v, request), PilotDto::version);
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "changePilotStatus", summary = "Move a pilot to another status",
            description = "Staff only. IDEA → PREPARING → RUNNING → EVALUATING → COMPLETED, and STOPPED (with a reason) from any "
                    + "open state; any other move is 409. Recorded with who, when and why.")
    @APIResponse(responseCode = "200", description = "The pilot in its new status", content = @Content(schema = @Schema(implementation = PilotDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not an allowed transition from the current status")
    public PilotDto changeStatus(@PathParam("id") UUID id, @Valid @NotNull(message = "{hub.body.required}") PilotStatusRequest request) {
        return service.changeStatus(id, request);
    }

    @GET
    @Path("/{id}/journal")
    @RolesAllowed({Roles.STAFF, Roles.PARTNER})
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "listPilotJournal", summary = "A pilot's journal", description = "Staff, and the people of the "
            + "organisations taking part (partner systems: 403). Newest first. A pilot the caller may not see answers 404.")
    @APIResponse(responseCode = "200", description = "A page of journal notes", content = @Content(schema = @Schema(implementation = JournalPage.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public JournalPage journal(@PathParam("id") UUID id, @Valid @BeanParam PageParams page) {
        return service.journal(id, page.toRequest());
    }

    @POST
    @Path("/{id}/journal")
    @RolesAllowed({Roles.STAFF, Roles.PARTNER})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "writePilotJournal", summary = "Write a note in a pilot's journal",
            description = "Staff, and the people of the organisations taking part. Notes are never deleted.")
    @APIResponse(responseCode = "201", description = "Written", content = @Content(schema = @Schema(implementation = JournalEntryDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public Response write(@PathParam("id") UUID id, @Valid @NotNull(message = "{hub.body.required}") JournalEntryRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.write(id, request)).build();
    }

    @PUT
    @Path("/{id}/journal/{entryId}")
    @RolesAllowed({Roles.STAFF, Roles.PARTNER})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "correctPilotJournal", summary = "Correct one's own journal note",
            description = "Its author, within a day of writing it; after that, write a new note (403).")
    @APIResponse(responseCode = "200", description = "Corrected", content = @Content(schema = @Schema(implementation = JournalEntryDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public JournalEntryDto correct(@PathParam("id") UUID id, @PathParam("entryId") UUID entryId,
            @Valid @NotNull(message = "{hub.body.required}") JournalEntryRequest request) {
        return service.correct(id, entryId, request);
    }
}
