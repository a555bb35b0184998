package nl.leercultuur.hub.community;

import io.quarkus.security.Authenticated;
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
import nl.leercultuur.hub.community.dto.IdeaDto;
import nl.leercultuur.hub.community.dto.IdeaPage;
import nl.leercultuur.hub.community.dto.IdeaRequest;
import nl.leercultuur.hub.community.dto.IdeaResponseRequest;
import nl.leercultuur.hub.shared.openapi.ApiResponses;
import nl.leercultuur.hub.shared.openapi.HubOpenApiFilter;
import nl.leercultuur.hub.shared.paging.PageParams;
import nl.leercultuur.hub.shared.ratelimit.RateLimited;
import nl.leercultuur.hub.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for ideas for the programme. */
@Path("/api/v1/ideas")
@Tag(name = "Community", description = "Organisations and members of the learning-culture community")
@Produces(MediaType.APPLICATION_JSON)
public class IdeaResource {

    @Inject
    IdeaService service;

    @GET
    @Authenticated
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "listIdeas", summary = "Ideas with their answers", description = "Staff: all ideas; others: the ideas they submitted. Newest first.")
    @APIResponse(responseCode = "200", description = "A page of ideas", content = @Content(schema = @Schema(implementation = IdeaPage.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    public IdeaPage list(@Valid @BeanParam PageParams page) {
        return service.list(page.toRequest());
    }

    @POST
    @PermitAll
    @RateLimited("anonymous-write")
    // a token is optional: signed in, the idea is yours; without one, it is a visitor's
    @SecurityRequirementsSet(@SecurityRequirement(name = HubOpenApiFilter.SCHEME))
    @SecurityRequirementsSet
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitIdea", summary = "Submit an idea for the programme",
            description = "Public; rate-limited. Signed in, you find the answer with your ideas; as a visitor, leave an e-mail address.")
    @APIResponse(responseCode = "201", description = "Received", headers = @Header(ref = "Location"),
            content = @Content(schema = @Schema(implementation = IdeaDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    public Response submit(@Valid @NotNull(message = "{hub.body.required}") IdeaRequest request, @Context UriInfo uri) {
        IdeaDto idea = service.submit(request);
        return Response.created(uri.getAbsolutePathBuilder().path(idea.id().toString()).build()).entity(idea).build();
    }

    @POST
    @Path("/{id}/response")
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "answerIdea", summary = "Answer an idea and set its status", description = "Staff only. The submitter sees the answer.")
    @APIResponse(responseCode = "200", description = "The answered idea", content = @Content(schema = @Schema(implementation = IdeaDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public IdeaDto respond(@PathParam("id") UUID id, @Valid @NotNull(message = "{hub.body.required}") IdeaResponseRequest request) {
        return service.respond(id, request);
    }
}
