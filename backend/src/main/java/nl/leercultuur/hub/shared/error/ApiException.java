package nl.leercultuur.hub.shared.error;

import java.util.List;

/**
 * A deliberate error answer of the API. Services throw it; {@link ProblemMappers} turns it into problem+json.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final transient List<Problem.FieldError> errors;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public ApiException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(ProblemType.NOT_FOUND, what + " " + id + " does not exist or is not visible to you.");
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemType.CONFLICT, detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(ProblemType.FORBIDDEN, detail);
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(ProblemType.VALIDATION, "The request has invalid fields; see errors.",
                List.of(new Problem.FieldError(field, message)));
    }
}
