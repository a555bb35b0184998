package nl.leercultuur.hub.shared.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document: the body of every 4xx and 5xx answer of the API.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details; `errors` lists field errors of a 400.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(maxLength = 200, description = "URI identifying the problem type", examples = "https://leercultuur-hub.nl/problems/validation")
        URI type,
        @Schema(maxLength = 200, description = "Short, human-readable summary", examples = "Invalid request")
        String title,
        @Schema(minimum = "100", maximum = "599", description = "HTTP status code", examples = "400")
        int status,
        @Schema(maxLength = 4000, description = "What went wrong and what to do about it")
        String detail,
        @Schema(maxLength = 2000, description = "The request path this problem occurred on", examples = "/api/v1/knowledge-items")
        String instance,
        @Schema(maxItems = 200, description = "Field errors (validation problems only)")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(maxLength = 200, description = "JSON path of the field, e.g. `title` or `authors[2]`") String field,
            @Schema(maxLength = 1000, description = "What is wrong with it") String message) {
    }
}
