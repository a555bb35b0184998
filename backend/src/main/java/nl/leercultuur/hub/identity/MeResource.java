package nl.leercultuur.hub.identity;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.leercultuur.hub.shared.error.Problem;
import nl.leercultuur.hub.shared.openapi.HubOpenApiFilter;
import nl.leercultuur.hub.community.MemberService;
import nl.leercultuur.hub.shared.security.Actor;
import nl.leercultuur.hub.shared.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Tag(name = "Identity", description = "Who is calling")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = HubOpenApiFilter.SCHEME)
public class MeResource {

    @Inject
    CurrentUser user;

    @Inject
    MemberService members;

    @GET
    @Authenticated
    @Operation(operationId = "getMe", summary = "The signed-in caller", description = "Any signed-in person or partner system.")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(schema = @Schema(implementation = MeDto.class)))
    @APIResponse(responseCode = "401", description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MeDto me() {
        Actor actor = user.actor();
        return new MeDto(user.requireSubject(), user.username().orElse(null), user.displayName().orElse(null),
                user.email().orElse(null), user.roles(), members.memberIdOf(actor.subject()).orElse(null),
                actor.organizationId(), user.clientId().orElse(null), user.isPartnerSystem());
    }
}
