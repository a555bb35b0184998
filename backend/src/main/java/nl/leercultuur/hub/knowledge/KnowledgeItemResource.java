package nl.leercultuur.hub.knowledge;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.leercultuur.hub.knowledge.dto.CreateKnowledgeItemRequest;
import nl.leercultuur.hub.knowledge.dto.KnowledgeItemDto;
import nl.leercultuur.hub.knowledge.dto.KnowledgeSearchResult;
import nl.leercultuur.hub.knowledge.dto.RelatedItems;
import nl.leercultuur.hub.knowledge.dto.StatusChangeDto;
import nl.leercultuur.hub.knowledge.dto.StatusChangeRequest;
import nl.leercultuur.hub.knowledge.dto.UpdateKnowledgeItemRequest;
import nl.leercultuur.hub.knowledge.search.KnowledgeSearchParams;
import nl.leercultuur.hub.shared.openapi.ApiResponses;
import nl.leercultuur.hub.shared.openapi.HubOpenApiFilter;
import nl.leercultuur.hub.shared.ratelimit.RateLimited;
import nl.leercultuur.hub.shared.security.Roles;
import nl.leercultuur.hub.shared.web.Preconditions;
import nl.leercultuur.hub.shared.web.params.IntegerParam;
import nl.leercultuur.hub.shared.web.params.QueryValues;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for the knowledge bank: translates requests into {@link KnowledgeService} calls and chooses the status. */
@Path("/api/v1/knowledge-items")
@Tag(name = "Knowledge bank", description = "Research and practice on learning culture: search, read, propose, review, publish")
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeItemResource {

    private static final String VISIBILITY = " Visitors see published public items; partners and partner systems also "
            + "community items and their own proposals; staff see everything.";

    @Inject
    KnowledgeService service;

    @GET
    @PermitAll
    @RateLimited("search")
    @Operation(operationId = "searchKnowledgeItems", summary = "Search and list knowledge items",
            description = "Public; a token shows more." + VISIBILITY + " Dutch full-text search with `q`, facet counts, filters, sorting, paging.")
    @APIResponse(responseCode = "200", description = "A page of items with facets",
            content = @Content(schema = @Schema(implementation = KnowledgeSearchResult.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = "`mine=true` without a token, or an invalid token")
    public KnowledgeSearchResult list(@Valid @BeanParam KnowledgeSearchParams params) {
        return service.search(params.toCriteria());
    }

    @GET
    @Path("/export")
    @PermitAll
    @RateLimited("export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportKnowledgeItems", summary = "Export the current result list as CSV",
            description = "Same parameters and visibility as the list; every match (at most 10000 rows) in the list's order. "
                    + "UTF-8 with byte order mark, RFC 4180 quoting. English (default): comma separated, field names and "
                    + "enum values as in the API. Dutch (Accept-Language: nl): semicolon separated with Dutch column names "
                    + "and labels, as Dutch Excel opens it.")
    @APIResponse(responseCode = "200", description = "CSV file",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"kennisbank-<date>.csv\"",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 104857600)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = "`mine=true` without a token, or an invalid token")
    public Response export(@Valid @BeanParam KnowledgeSearchParams params,
            @Parameter(description = "Only csv", schema = @Schema(type = SchemaType.STRING, enumeration = {"csv"}, defaultValue = "csv"))
            @QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "csv", message = "{hub.format.csv}") String format) {
        StringWriter out = new StringWriter();
        service.export(params.toCriteria(), out);
        String filename = "kennisbank-" + LocalDate.now(ZoneId.of("Europe/Amsterdam")) + ".csv";
        return Response.ok(out.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getKnowledgeItem", summary = "One knowledge item", description = "Public; a token shows more."
            + VISIBILITY + " Items the caller may not see answer 404. The ETag is the version: send it as If-Match to "
            + "update, or as If-None-Match to get 304 when nothing changed.")
    @APIResponse(responseCode = "200", description = "The item",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = KnowledgeItemDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match matches the current version",
            headers = @Header(ref = "ETag"))
    @APIResponse(responseCode = "401", description = "Invalid token")
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public Response get(@PathParam("id") UUID id,
            @Parameter(description = "An ETag you have; 304 when it is still current", schema = @Schema(type = SchemaType.STRING, maxLength = 100))
            @jakarta.ws.rs.HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        KnowledgeItemDto item = service.get(id);
        return Preconditions.conditionalGet(ifNoneMatch, item.version(), item);
    }

    @POST
    @RolesAllowed({Roles.STAFF, Roles.PARTNER})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "proposeKnowledgeItem", summary = "Add or propose a knowledge item",
            description = "Staff create items in any status (default DRAFT). Partners and partner systems propose: "
                    + "their items always enter IN_REVIEW, whatever status they ask for.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(ref = "Location"), @Header(ref = "ETag")},
            content = @Content(schema = @Schema(implementation = KnowledgeItemDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    public Response create(@Valid @NotNull(message = "{hub.body.required}") CreateKnowledgeItemRequest request,
            @Context UriInfo uri) {
        KnowledgeItemDto created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(Preconditions.etag(created.version()))
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.STAFF, Roles.PARTNER})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "updateKnowledgeItem", summary = "Change a knowledge item",
            description = "Staff; or the partner who proposed it while it is DRAFT or IN_REVIEW (a sent-back draft then "
                    + "returns to review). Requires If-Match with the ETag you read (`*` matches any version).")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = KnowledgeItemDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not your proposal, or no longer editable")
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", description = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", description = ApiResponses.PRECONDITION_REQUIRED)
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag from GET, e.g. \"3\"", required = true, schema = @Schema(type = SchemaType.STRING, maxLength = 100))
            @jakarta.ws.rs.HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "{hub.body.required}") UpdateKnowledgeItemRequest body) {
        return Preconditions.update(ifMatch, service.versionForUpdate(id), v -> service.update(id, v, body), KnowledgeItemDto::version);
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "changeKnowledgeItemStatus", summary = "Move an item through the workflow",
            description = "Staff only, with a comment. Allowed: DRAFT→IN_REVIEW|ARCHIVED, IN_REVIEW→PUBLISHED|DRAFT (send back)|ARCHIVED, "
                    + "PUBLISHED→ARCHIVED, ARCHIVED→PUBLISHED|DRAFT (the item's allowedTransitions). If-Match is optional "
                    + "and checked when sent.")
    @APIResponse(responseCode = "200", description = "The item in its new status", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = KnowledgeItemDto.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "This transition is not allowed from the current status")
    @APIResponse(responseCode = "412", description = ApiResponses.PRECONDITION_FAILED)
    public Response changeStatus(@PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag you read", schema = @Schema(type = SchemaType.STRING, maxLength = 100))
            @jakarta.ws.rs.HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "{hub.body.required}") StatusChangeRequest body) {
        Long expected = null;
        if (ifMatch != null && !ifMatch.isBlank()) {
            long current = service.versionForStatusChange(id);
            Preconditions.checkMatch(ifMatch, current);
            expected = current;
        }
        KnowledgeItemDto updated = service.changeStatus(id, expected, body);
        return Response.ok(updated).tag(Preconditions.etag(updated.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "deleteKnowledgeItem", summary = "Delete a knowledge item",
            description = "Staff only. Prefer archiving: deletion cannot be undone.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public Response delete(@PathParam("id") UUID id) {
        service.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.STAFF, Roles.PARTNER})
    @SecurityRequirement(name = HubOpenApiFilter.SCHEME)
    @Operation(operationId = "getKnowledgeItemHistory", summary = "Workflow history of an item",
            description = "Staff, and the partner who proposed it.")
    @APIResponse(responseCode = "200", description = "Transitions, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StatusChangeDto.class,
                    maxItems = KnowledgeService.HISTORY_LIMIT)))
    @APIResponse(responseCode = "401", description = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not your proposal")
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public List<StatusChangeDto> history(@PathParam("id") UUID id) {
        return service.history(id);
    }

    @GET
    @Path("/{id}/citation")
    @PermitAll
    @Produces({MediaType.TEXT_PLAIN, "application/x-research-info-systems", "application/x-bibtex", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getKnowledgeItemCitation", summary = "Citation of an item",
            description = "APA 7 as plain text, RIS or BibTeX as a file to import into a reference manager; each is a "
                    + "download (format binary) in UTF-8. Same visibility as GET.")
    @APIResponse(responseCode = "200", description = "The citation",
            content = {@Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 20000)),
                    @Content(mediaType = "application/x-research-info-systems", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 1048576)),
                    @Content(mediaType = "application/x-bibtex", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 1048576))})
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = "Invalid token")
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public Response citation(@PathParam("id") UUID id,
            @Parameter(description = "apa (default), ris or bibtex", schema = @Schema(type = SchemaType.STRING, enumeration = {"apa", "ris", "bibtex"}, defaultValue = "apa"))
            @QueryParam("format") @DefaultValue("apa") @Pattern(regexp = "apa|ris|bibtex", message = "{hub.format.citation}") String format) {
        String text = service.citation(id, format);
        return switch (format) {
            case "ris" -> Response.ok(text, "application/x-research-info-systems; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + id + ".ris\"").build();
            case "bibtex" -> Response.ok(text, "application/x-bibtex; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + id + ".bib\"").build();
            default -> Response.ok(text, "text/plain; charset=UTF-8").build();
        };
    }

    @GET
    @Path("/{id}/related")
    @PermitAll
    @Operation(operationId = "getRelatedKnowledgeItems", summary = "Related items",
            description = "Items sharing themes or the type, best match first. Same visibility as the list.")
    @APIResponse(responseCode = "200", description = "Related items",
            content = @Content(schema = @Schema(implementation = RelatedItems.class)))
    @APIResponse(responseCode = "400", description = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", description = "Invalid token")
    @APIResponse(responseCode = "404", description = ApiResponses.NOT_FOUND)
    public RelatedItems related(@PathParam("id") UUID id,
            @Parameter(description = "1 to 20, default 5",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "20", defaultValue = "5"))
            @QueryParam("size") @IntegerParam(min = 1, max = 20) String size) {
        return new RelatedItems(service.related(id, QueryValues.integer(size, 5)));
    }
}
