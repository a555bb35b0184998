package nl.leercultuur.hub.evaluations;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import nl.leercultuur.hub.evaluations.dto.WhatWorks;
import nl.leercultuur.hub.shared.openapi.ApiResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for "what works": open data from the published pilots. */
@Path("/api/v1/insights/what-works")
@Tag(name = "Evaluations")
public class InsightsResource {

    @Inject
    InsightsService service;

    @GET
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(operationId = "getWhatWorks", summary = "What works, per intervention type",
            description = "Public open data from published evaluations only. JSON, or CSV with format=csv or Accept: text/csv.")
    @APIResponse(responseCode = "200", description = "Per intervention type", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WhatWorks.class)),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 10485760))})
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    public Response whatWorks(
            @Parameter(description = "json (default) or csv", schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "csv"}))
            @QueryParam("format") @Pattern(regexp = "json|csv", message = "{hub.format.json-csv}") String format,
            @HeaderParam(HttpHeaders.ACCEPT) @Parameter(hidden = true) String accept) throws IOException {
        boolean csv = "csv".equals(format) || (format == null && accept != null && accept.contains("text/csv") && !accept.contains("json"));
        if (csv) {
            StringWriter out = new StringWriter();
            service.writeCsv(out);
            return Response.ok(out.toString(), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"wat-werkt.csv\"").build();
        }
        return Response.ok(service.whatWorks(), MediaType.APPLICATION_JSON).build();
    }
}
