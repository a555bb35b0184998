package nl.leercultuur.hub.shared.error;

import java.util.List;
import java.util.function.Function;
import nl.leercultuur.hub.shared.i18n.Messages;

/**
 * A deliberate error answer of the API. Services throw it with message keys (bundle {@code ValidationMessages});
 * {@link ProblemMappers} turns it into problem+json in the caller's language (Accept-Language: nl or en).
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final String detailKey;
    private final transient Object[] args;
    private final transient Function<Messages, List<Problem.FieldError>> errors;

    /** A problem whose detail is the message {@code detailKey} with MessageFormat {@code args}. */
    public ApiException(ProblemType type, String detailKey, Object... args) {
        this(type, null, detailKey, args);
    }

    private ApiException(ProblemType type, Function<Messages, List<Problem.FieldError>> errors, String detailKey, Object... args) {
        super(Messages.forLanguage(null).get(detailKey, args), null, false, false);
        this.type = type;
        this.detailKey = detailKey;
        this.args = args;
        this.errors = errors;
    }

    public ProblemType type() {
        return type;
    }

    /** The detail text in the language of {@code messages}. */
    public String detail(Messages messages) {
        return messages.get(detailKey, args);
    }

    /** The field errors in the language of {@code messages}, or null. */
    public List<Problem.FieldError> errors(Messages messages) {
        return errors == null ? null : errors.apply(messages);
    }

    /** 400 with field errors already written in the caller's language. */
    public static ApiException invalid(List<Problem.FieldError> fieldErrors) {
        String fields = String.join(", ", fieldErrors.stream().map(Problem.FieldError::field).distinct().toList());
        return new ApiException(ProblemType.VALIDATION, m -> fieldErrors, "hub.validation.detail", fields);
    }

    /** 400 for one field, its message the key {@code messageKey} with {@code args}. */
    public static ApiException invalid(String field, String messageKey, Object... args) {
        return new ApiException(ProblemType.VALIDATION,
                m -> List.of(new Problem.FieldError(field, m.get(messageKey, args))), "hub.validation.detail", field);
    }

    /** 400 for several fields with the same problem, the message key {@code messageKey}. */
    public static ApiException invalid(List<String> fields, String messageKey) {
        return new ApiException(ProblemType.VALIDATION,
                m -> fields.stream().map(field -> new Problem.FieldError(field, m.get(messageKey))).toList(),
                "hub.validation.detail", String.join(", ", fields));
    }

    /** 404 for a resource the caller cannot see or that does not exist: {@code hub.not-found.<resource>}. */
    public static ApiException notFound(String resource, Object id) {
        return new ApiException(ProblemType.NOT_FOUND, "hub.not-found." + resource, String.valueOf(id));
    }

    public static ApiException conflict(String detailKey, Object... args) {
        return new ApiException(ProblemType.CONFLICT, detailKey, args);
    }

    public static ApiException forbidden(String detailKey, Object... args) {
        return new ApiException(ProblemType.FORBIDDEN, detailKey, args);
    }
}
