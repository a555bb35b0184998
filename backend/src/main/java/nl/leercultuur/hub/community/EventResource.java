package nl.leercultuur.hub.community;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.HttpHeaders;
import nl.leercultuur.hub.community.dto.EventRegistrationPage;
import nl.leercultuur.hub.shared.web.Preconditions;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import nl.leercultuur.hub.community.dto.EventDto;
import nl.leercultuur.hub.community.dto.EventPage;
import nl.leercultuur.hub.community.dto.EventRequest;
import nl.leercultuur.hub.shared.openapi.ApiResponses;
import nl.leercultuur.hub.shared.openapi.HubOpenApiFilter;
import nl.leercultuur.hub.shared.paging.PageParams;
import nl.leercultuur.hub.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for the events of the programme and registration. */
@Path("/api/v1/events")
@Tag(name = "Community", description = "Organisations and members of the learning-culture community")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    @Inject
    EventService service;

    @GET
    @PermitAll
    @Operation(operationId = "listEvents", summary = "Upcoming events", description = "Public. Soonest first, with seats taken and the caller's registration.")
    @APIResponse(responseCode = "200", description = "A page of events", content = @Content(schema = @Schema(implementation = EventPage.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    public EventPage list(@Valid @BeanParam PageParams page) {
        return service.upcoming(page.toRequest());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getEvent", summary = "One event", description = "Public.")
    @APIResponse(responseCode = "200", description = "The event", content = @Content(schema = @Schema(implementation = EventDto.class)))
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public EventDto get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("/{id}/calendar.ics")
    @PermitAll
    @Produces({"text/calendar", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getEventCalendar", summary = "The event as an iCalendar file", description = "Public. RFC 5545, for any calendar.")
    @APIResponse(responseCode = "200", description = "iCalendar file",
            headers = @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 100000)))
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public Response calendar(@PathParam("id") UUID id) {
        return Response.ok(service.calendar(id), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"leercultuur-hub-" + id + ".ics\"").build();
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "createEvent", summary = "Announce an event", description = "Staff only.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(ref = "Location"),
            content = @Content(schema = @Schema(implementation = EventDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    public Response create(@Valid @NotNull(message = "{hub.body.required}") EventRequest request, @Context UriInfo uri) {
        EventDto created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @POST
    @Path("/{id}/registrations")
    @Authenticated
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "registerForEvent", summary = "Register for an event",
            description = "Any signed-in person: a seat while there are seats, else a place on the waiting list. Registering twice changes nothing.")
    @APIResponse(responseCode = "200", description = "The event with your registration", content = @Content(schema = @Schema(implementation = EventDto.class)))
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "A partner system cannot attend")
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The event is over")
    public EventDto register(@PathParam("id") UUID id) {
        return service.register(id);
    }

    @DELETE
    @Path("/{id}/registrations")
    @Authenticated
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "cancelEventRegistration", summary = "Cancel my registration",
            description = "Gives up your seat (the first on the waiting list moves up) or your place on the waiting list.")
    @APIResponse(responseCode = "204", description = "Cancelled")
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "A partner system cannot attend")
    @APIResponse(responseCode = "404", description = "No such event, or you are not registered")
    public Response cancel(@PathParam("id") UUID id) {
        service.cancel(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "updateEvent", summary = "Change an event",
            description = "Staff only. Requires If-Match. More seats move the first on the waiting list up (they get a mail); "
                    + "fewer seats than are taken are refused.")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = EventDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", description = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", description = ApiResponses.PRECONDITION_REQUIRED)
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag (the event's version), e.g. \"3\"", required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100))
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "{hub.body.required}") EventRequest request) {
        return Preconditions.update(ifMatch, service.versionForUpdate(id), v -> service.update(id, v, request), EventDto::version);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "cancelEvent", summary = "Cancel an event",
            description = "Staff only. Everyone registered or waiting gets a mail; the event and its registrations are removed.")
    @APIResponse(responseCode = "204", description = "Cancelled")
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public Response cancelEvent(@PathParam("id") UUID id) {
        service.cancelEvent(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/registrations")
    @RolesAllowed(Roles.STAFF)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "listEventRegistrations", summary = "The attendance list of an event",
            description = "Staff only. Seats first, then the waiting list, each in the order people registered.")
    @APIResponse(responseCode = "200", description = "A page of registrations",
            content = @Content(schema = @Schema(implementation = EventRegistrationPage.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public EventRegistrationPage registrations(@PathParam("id") UUID id, @Valid @BeanParam PageParams page) {
        return service.registrations(id, page.toRequest());
    }
}
