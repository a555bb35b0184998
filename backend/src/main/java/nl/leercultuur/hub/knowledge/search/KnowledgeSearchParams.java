package nl.leercultuur.hub.knowledge.search;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import nl.leercultuur.hub.knowledge.KnowledgeStatus;
import nl.leercultuur.hub.knowledge.KnowledgeType;
import nl.leercultuur.hub.knowledge.LearningForm;
import nl.leercultuur.hub.shared.paging.PageParams;
import nl.leercultuur.hub.shared.paging.PageRequest;
import nl.leercultuur.hub.shared.web.params.BooleanParam;
import nl.leercultuur.hub.shared.web.params.DateTimeParam;
import nl.leercultuur.hub.shared.web.params.EnumParam;
import nl.leercultuur.hub.shared.web.params.IntegerParam;
import nl.leercultuur.hub.shared.web.params.QueryValues;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of the knowledge list and export: typed in the OpenAPI document, validated with Bean
 * Validation (every wrong parameter is reported at once, 400 with field errors), then read into {@link SearchCriteria}.
 */
public class KnowledgeSearchParams extends PageParams {

    public static final int Q_MAX = 500;
    private static final String SORT = "^(relevance|newest|publicationYear|title|updatedAt)(,(asc|desc))?$";

    @QueryParam("q")
    @Size(max = Q_MAX, message = "{hub.q.size}")
    @Parameter(description = "Dutch full-text search in web-search syntax: words, \"a phrase\", -excluded, or. "
            + "Matches in the title count most. Empty: newest first.", example = "informeel leren -leiderschap",
            schema = @Schema(type = SchemaType.STRING, maxLength = Q_MAX))
    public String q;

    @QueryParam("type")
    @EnumParam(KnowledgeType.class)
    @Parameter(description = "Filter on type (repeatable or comma separated; OR)",
            schema = @Schema(type = SchemaType.ARRAY, implementation = KnowledgeType.class, maxItems = 6))
    public List<String> type;

    @QueryParam("theme")
    @Size(max = 20, message = "{hub.list.max}")
    @Parameter(description = "Filter on theme code (repeatable; OR)",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class, maxItems = 20, maxLength = 60))
    public List<@Size(max = 60, message = "{hub.size.max}") String> theme;

    @QueryParam("learningForm")
    @EnumParam(LearningForm.class)
    @Parameter(description = "Filter on learning form (repeatable; OR)",
            schema = @Schema(type = SchemaType.ARRAY, implementation = LearningForm.class, maxItems = 3))
    public List<String> learningForm;

    @QueryParam("sector")
    @Size(max = 20, message = "{hub.list.max}")
    @Parameter(description = "Filter on sector (repeatable; OR)",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class, maxItems = 20, maxLength = 100))
    public List<@Size(max = 100, message = "{hub.size.max}") String> sector;

    @QueryParam("targetGroup")
    @Size(max = 20, message = "{hub.list.max}")
    @Parameter(description = "Filter on target group (repeatable; OR)",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class, maxItems = 20, maxLength = 100))
    public List<@Size(max = 100, message = "{hub.size.max}") String> targetGroup;

    @QueryParam("year")
    @Size(max = 50, message = "{hub.list.max}")
    @IntegerParam(min = 1000, max = 9999, message = "{hub.param.year}")
    @Parameter(description = "Filter on publication year (repeatable; OR)",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Integer.class, maxItems = 50, minimum = "1000", maximum = "9999"))
    public List<String> year;

    @QueryParam("status")
    @EnumParam(KnowledgeStatus.class)
    @Parameter(description = "Filter on workflow status (repeatable; OR). Narrows what the caller may see anyway: "
            + "only staff see unpublished items of others.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = KnowledgeStatus.class, maxItems = 4))
    public List<String> status;

    @QueryParam("updatedSince")
    @DateTimeParam
    @Parameter(description = "Only items changed after this moment (ISO-8601 with offset), for incremental reads",
            example = "2026-01-01T00:00:00Z", schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 40))
    public String updatedSince;

    @QueryParam("mine")
    @BooleanParam
    @Parameter(description = "Only the items the caller proposed, in any status (signed-in callers)",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    public String mine;

    @QueryParam("sort")
    @Pattern(regexp = SORT, message = "{hub.sort.field}")
    @Parameter(description = "relevance (default with q), newest (default without q), publicationYear, title or updatedAt, "
            + "optionally followed by ,asc or ,desc. Relevance without search words sorts newest first.",
            example = "publicationYear,desc", schema = @Schema(type = SchemaType.STRING, maxLength = 30, pattern = SORT))
    public String sort;

    /** The validated parameters as search criteria. */
    public SearchCriteria toCriteria() {
        String query = q == null || q.isBlank() ? null : q.strip();
        SearchCriteria.SortField sortField = null;
        Boolean ascending = null;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.strip().split(",", 2);
            sortField = SearchCriteria.SortField.ofKey(parts[0]);
            if (parts.length > 1) {
                ascending = parts[1].toLowerCase(Locale.ROOT).equals("asc");
            }
        }
        PageRequest paging = toRequest();
        return SearchCriteria.of(query, new LinkedHashSet<>(QueryValues.enums(type, KnowledgeType.class)),
                new LinkedHashSet<>(QueryValues.split(theme)), new LinkedHashSet<>(QueryValues.enums(learningForm, LearningForm.class)),
                new LinkedHashSet<>(QueryValues.split(sector)), new LinkedHashSet<>(QueryValues.split(targetGroup)),
                new LinkedHashSet<>(QueryValues.split(year).stream().map(Integer::valueOf).toList()),
                new LinkedHashSet<>(QueryValues.enums(status, KnowledgeStatus.class)), QueryValues.instant(updatedSince),
                QueryValues.bool(mine), sortField, ascending, paging.page(), paging.size());
    }
}
