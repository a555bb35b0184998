package nl.leercultuur.hub.knowledge;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leercultuur.hub.knowledge.dto.KnowledgeStatus;
import nl.leercultuur.hub.knowledge.dto.KnowledgeType;
import nl.leercultuur.hub.knowledge.dto.LearningForm;
import nl.leercultuur.hub.shared.error.ApiException;
import nl.leercultuur.hub.shared.error.Problem;
import nl.leercultuur.hub.shared.error.ProblemType;
import nl.leercultuur.hub.shared.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of the knowledge list and export. Values are parsed here, not by the framework, so that a
 * wrong value gets a 400 naming the parameter and the allowed values (instead of a bare 404).
 */
public class KnowledgeQueryParams {

    static final int Q_MAX = 500;

    @QueryParam("q")
    @Parameter(description = "Dutch full-text search in web-search syntax: words, \"a phrase\", -excluded, or. "
            + "Matches in the title count most. Empty: newest first.", example = "informeel leren -leiderschap")
    public String q;

    @QueryParam("type")
    @Parameter(description = "Filter on type (repeatable; OR)", schema = @Schema(type = SchemaType.ARRAY, implementation = KnowledgeType.class))
    public List<String> type;

    @QueryParam("theme")
    @Parameter(description = "Filter on theme code (repeatable; OR)")
    public List<String> theme;

    @QueryParam("learningForm")
    @Parameter(description = "Filter on learning form (repeatable; OR)", schema = @Schema(type = SchemaType.ARRAY, implementation = LearningForm.class))
    public List<String> learningForm;

    @QueryParam("sector")
    @Parameter(description = "Filter on sector (repeatable; OR)")
    public List<String> sector;

    @QueryParam("targetGroup")
    @Parameter(description = "Filter on target group (repeatable; OR)")
    public List<String> targetGroup;

    @QueryParam("year")
    @Parameter(description = "Filter on publication year (repeatable; OR)")
    public List<String> year;

    @QueryParam("status")
    @Parameter(description = "Filter on workflow status (repeatable; OR). Narrows what the caller may see anyway: "
            + "only staff see unpublished items of others.", schema = @Schema(type = SchemaType.ARRAY, implementation = KnowledgeStatus.class))
    public List<String> status;

    @QueryParam("updatedSince")
    @Parameter(description = "Only items changed after this moment (ISO-8601 with offset), for incremental reads", example = "2026-01-01T00:00:00Z")
    public String updatedSince;

    @QueryParam("mine")
    @Parameter(description = "Only the items the caller proposed, in any status (signed-in callers)")
    public String mine;

    @QueryParam("sort")
    @Parameter(description = "relevance (default with q), publicationYear, title or updatedAt, optionally followed by ,asc or ,desc",
            example = "publicationYear,desc")
    public String sort;

    @QueryParam("page")
    @Parameter(description = "0-based page number")
    public String page;

    @QueryParam("size")
    @Parameter(description = "page size, 1 to 100 (default 20)")
    public String size;

    /** Parses and validates every parameter; all problems are reported together. */
    public SearchCriteria toCriteria() {
        List<Problem.FieldError> errors = new ArrayList<>();
        String query = q == null || q.isBlank() ? null : q.strip();
        if (query != null && query.length() > Q_MAX) {
            errors.add(new Problem.FieldError("q", "must be at most " + Q_MAX + " characters"));
        }
        Set<KnowledgeType> types = enums("type", type, KnowledgeType.class, errors);
        Set<LearningForm> forms = enums("learningForm", learningForm, LearningForm.class, errors);
        Set<KnowledgeStatus> statuses = enums("status", status, KnowledgeStatus.class, errors);
        Set<Integer> years = new LinkedHashSet<>();
        for (String value : values(year)) {
            try {
                years.add(Integer.parseInt(value));
            } catch (NumberFormatException e) {
                errors.add(new Problem.FieldError("year", "'" + value + "' is not a year such as 2024"));
            }
        }
        Instant since = null;
        if (updatedSince != null && !updatedSince.isBlank()) {
            try {
                since = OffsetDateTime.parse(updatedSince.strip()).toInstant();
            } catch (DateTimeParseException e) {
                errors.add(new Problem.FieldError("updatedSince",
                        "must be an ISO-8601 date-time with offset, e.g. 2026-01-01T00:00:00Z"));
            }
        }
        boolean onlyMine = false;
        if (mine != null && !mine.isBlank()) {
            if (!mine.equals("true") && !mine.equals("false")) {
                errors.add(new Problem.FieldError("mine", "must be true or false"));
            }
            onlyMine = mine.equals("true");
        }
        SearchCriteria.SortField sortField = query == null ? SearchCriteria.SortField.NEWEST : SearchCriteria.SortField.RELEVANCE;
        boolean ascending = false;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.strip().split(",", 2);
            String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "";
            switch (parts[0].strip()) {
                case "relevance" -> sortField = query == null ? SearchCriteria.SortField.NEWEST : SearchCriteria.SortField.RELEVANCE;
                case "publicationYear" -> sortField = SearchCriteria.SortField.PUBLICATION_YEAR;
                case "title" -> {
                    sortField = SearchCriteria.SortField.TITLE;
                    ascending = true;
                }
                case "updatedAt" -> sortField = SearchCriteria.SortField.UPDATED_AT;
                default -> errors.add(new Problem.FieldError("sort", "must be relevance, publicationYear, title or updatedAt"));
            }
            switch (direction) {
                case "" -> { }
                case "asc" -> ascending = true;
                case "desc" -> ascending = false;
                default -> errors.add(new Problem.FieldError("sort", "direction must be asc or desc, e.g. title,asc"));
            }
        }
        int pageNumber = integer("page", page, 0, 0, 100_000, errors);
        int pageSize = integer("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "Please correct these parameters: "
                    + errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", ")) + ".", errors);
        }
        return new SearchCriteria(query, types, new LinkedHashSet<>(values(theme)), forms,
                new LinkedHashSet<>(values(sector)), new LinkedHashSet<>(values(targetGroup)), years, statuses, since,
                onlyMine, sortField, ascending, pageNumber, pageSize);
    }

    /** Repeated and comma-separated values both work: ?type=A&type=B or ?type=A,B. */
    private static List<String> values(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static <E extends Enum<E>> Set<E> enums(String field, List<String> raw, Class<E> type, List<Problem.FieldError> errors) {
        Set<E> result = EnumSet.noneOf(type);
        for (String value : values(raw)) {
            try {
                result.add(Enum.valueOf(type, value));
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError(field, "unknown value '" + value + "'; allowed: "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
            }
        }
        return result;
    }

    private static int integer(String field, String raw, int fallback, int min, int max, List<Problem.FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min || value > max) {
                errors.add(new Problem.FieldError(field, "must be between " + min + " and " + max));
                return fallback;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(field, "must be a whole number between " + min + " and " + max));
            return fallback;
        }
    }
}
