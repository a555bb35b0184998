package nl.leercultuur.hub.evaluations;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.hub.evaluations.dto.SurveyDto;
import nl.leercultuur.hub.evaluations.dto.SurveyResponseRequest;
import nl.leercultuur.hub.shared.error.ApiException;
import nl.leercultuur.hub.shared.openapi.ApiResponses;
import nl.leercultuur.hub.shared.openapi.HubOpenApiFilter;
import nl.leercultuur.hub.shared.ratelimit.RateLimited;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HTTP for the anonymous survey. The browser's marker is a cookie {@value #MARKER} = 1 for this survey's path only: it
 * holds no personal data, and a second answer from the same browser is refused (409).
 */
@Path("/api/v1/surveys/{token}")
@Tag(name = "Evaluations")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyResource {

    static final String MARKER = "hub_answered";
    private static final String TOKEN = "^[A-Za-z0-9_-]{20,64}$";

    @Inject
    SurveyService service;

    @GET
    @PermitAll
    @SecurityRequirementsSet(@SecurityRequirement(name = HubOpenApiFilter.SCHEME))
    @SecurityRequirementsSet
    @RateLimited("survey")
    @Operation(operationId = "getSurvey", summary = "The questionnaire of an open wave", description = "Public: anyone with the link. "
            + "Unknown link: 404; a wave that is closed, full or not open yet: 410.")
    @APIResponse(responseCode = "200", description = "The survey", content = @Content(schema = @Schema(implementation = SurveyDto.class)))
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "410", description = "The wave is closed, full or not open yet")
    public Response get(@PathParam("token") @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = TOKEN, maxLength = 64)) String token,
            @Parameter(description = "The browser's marker: set after an answer", schema = @Schema(type = SchemaType.STRING, maxLength = 1))
            @CookieParam(MARKER) String marker) {
        SurveyDto survey = service.get(checked(token), "1".equals(marker));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(survey).cacheControl(noStore).build();
    }

    @POST
    @Path("/responses")
    @PermitAll
    @SecurityRequirementsSet(@SecurityRequirement(name = HubOpenApiFilter.SCHEME))
    @SecurityRequirementsSet
    @RateLimited("survey")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "answerSurvey", summary = "Answer the survey, anonymously",
            description = "Public, rate-limited per client. Stores the scores and the day only. 410 when the wave is closed or full; 409 "
                    + "when this browser already answered.")
    @APIResponse(responseCode = "201", description = "Stored; sets the browser's marker cookie")
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "This browser already answered this survey")
    @APIResponse(responseCode = "410", description = "The wave is closed, full or not open yet")
    public Response answer(@PathParam("token") @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = TOKEN, maxLength = 64)) String token,
            @Parameter(description = "The browser's marker: set after an answer", schema = @Schema(type = SchemaType.STRING, maxLength = 1))
            @CookieParam(MARKER) String marker, @Valid @NotNull(message = "{hub.body.required}") SurveyResponseRequest request) {
        if ("1".equals(marker)) {
            throw ApiException.conflict("hub.survey.already");
        }
        service.respond(checked(token), request);
        NewCookie answered = new NewCookie.Builder(MARKER).value("1").path("/api/v1/surveys/" + token).maxAge(60 * 60 * 24 * 400)
                .httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build();
        return Response.status(Response.Status.CREATED).cookie(answered).build();
    }

    /** A token that cannot be one is not looked up (404 like any unknown link). */
    private static String checked(String token) {
        if (token == null || !token.matches(TOKEN)) {
            throw new ApiException(nl.leercultuur.hub.shared.error.ProblemType.NOT_FOUND, "hub.survey.unknown");
        }
        return token;
    }
}
