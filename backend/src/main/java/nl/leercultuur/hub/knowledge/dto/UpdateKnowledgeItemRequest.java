package nl.leercultuur.hub.knowledge.dto;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.leercultuur.hub.knowledge.KnowledgeVisibility;
import nl.leercultuur.hub.knowledge.KnowledgeType;
import nl.leercultuur.hub.knowledge.LearningForm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of PUT /api/v1/knowledge-items/{id}: the whole item without its status (workflow changes go through
 * POST /{id}/status). The limits are those of {@link CreateKnowledgeItemRequest}.
 */
@Schema(name = "UpdateKnowledgeItemRequest")
public record UpdateKnowledgeItemRequest(
        @Schema(required = true) @NotNull(message = "{hub.required}") KnowledgeType type,

        @Schema(required = true, minLength = 3, maxLength = 300, examples = "Leren op de werkvloer bij Van Dam")
        @NotBlank(message = "{hub.required}")
        @Size(min = 3, max = 300, message = "{hub.size.between}") String title,

        @Schema(required = true, minLength = 10, maxLength = 2000)
        @NotBlank(message = "{hub.required}")
        @Size(min = 10, max = 2000, message = "{hub.size.between}") String summary,

        @Schema(description = "Markdown, at most 100000 characters", maxLength = 100000)
        @Size(max = 100_000, message = "{hub.size.max}") String body,

        @Schema(description = "At most 20 names of at most 200 characters, e.g. \"Vos, M.\"")
        @Size(max = 20, message = "{hub.list.max}")
        List<@NotBlank(message = "{hub.not-empty}") @Size(max = 200, message = "{hub.size.max}") String> authors,

        @Schema(maxLength = 200, examples = "SER")
        @Size(max = 200, message = "{hub.size.max}") String publisher,

        @Schema(description = "1900 up to the current year", minimum = "1900", maximum = "2100", examples = "2022")
        @Min(value = 1900, message = "{hub.year.min}") Integer publicationYear,

        @Schema(description = "An http(s) link, at most 2000 characters", examples = "https://www.ser.nl/")
        @Size(max = 2000, message = "{hub.size.max}")
        @Pattern(regexp = "^https?://[^\\s/$.?#][^\\s]*$", message = "{hub.url.format}")
        String url,

        @Schema(description = "ISO 639-1 code, default nl", examples = "nl", maxLength = 2)
        @Pattern(regexp = "^[a-z]{2}$", message = "{hub.language.format}") String language,

        @Schema(required = true, description = "1 to 10 theme codes from GET /api/v1/themes", examples = "[\"informeel-leren\", \"leiderschap\"]")
        @NotNull(message = "{hub.themes.required}")
        @Size(min = 1, max = 10, message = "{hub.themes.size}")
        List<@NotBlank(message = "{hub.not-empty}") @Size(max = 60, message = "{hub.size.max}") String> themes,

        @Size(max = 3, message = "{hub.list.max}")
        List<@NotNull(message = "{hub.not-empty}") LearningForm> learningForms,

        @Schema(description = "At most 10, each at most 100 characters", examples = "[\"bouw\"]")
        @Size(max = 10, message = "{hub.list.max}")
        List<@NotBlank(message = "{hub.not-empty}") @Size(max = 100, message = "{hub.size.max}") String> sectors,

        @Schema(description = "At most 10, each at most 100 characters", examples = "[\"leidinggevenden\"]")
        @Size(max = 10, message = "{hub.list.max}")
        List<@NotBlank(message = "{hub.not-empty}") @Size(max = 100, message = "{hub.size.max}") String> targetGroups,

        @Schema(description = "Default PUBLIC") KnowledgeVisibility visibility) implements KnowledgeItemFields {
}
