package nl.leercultuur.hub.shared.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.leercultuur.hub.shared.i18n.Messages;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become answers: every error of the API leaves here as application/problem+json.
 * Nothing internal (stack traces, class names, SQL) ever reaches the client.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiException(ApiException e, HttpServerRequest request) {
        Messages messages = Messages.forRequest(request);
        return respond(e.type(), e.type().status(), e.detail(messages), request, e.errors(messages));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String fields = errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", "));
        return respond(ProblemType.VALIDATION, 400, Messages.forRequest(request).get("hub.validation.detail", fields), request, errors);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, HttpServerRequest request) {
        String field = jsonPath(e);
        Messages messages = Messages.forRequest(request);
        String message;
        if (e instanceof nl.leercultuur.hub.shared.json.JsonTextCustomizer.ControlCharacterException) {
            message = messages.get("hub.text.control");
        } else if (e.getTargetType() != null && e.getTargetType().isEnum()) {
            message = messages.get("hub.enum.unknown", String.valueOf(e.getValue()), Arrays.stream(e.getTargetType()
                    .getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")));
        } else if ("integer".equals(simpleType(e.getTargetType()))) {
            message = messages.get("hub.number.invalid", String.valueOf(e.getValue()));
        } else {
            message = messages.get("hub.value.invalid", String.valueOf(e.getValue()), messages.get("hub.type." + simpleType(e.getTargetType())));
        }
        return respond(ProblemType.VALIDATION, 400, messages.get("hub.validation.detail", field), request,
                List.of(new Problem.FieldError(field, message)));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        if (e.getPath() == null || e.getPath().isEmpty()) {
            return respond(ProblemType.MALFORMED, 400, Messages.forRequest(request).get("hub.body.schema"), request, null);
        }
        String field = jsonPath(e);
        Messages messages = Messages.forRequest(request);
        return respond(ProblemType.VALIDATION, 400, messages.get("hub.validation.detail", field), request,
                List.of(new Problem.FieldError(field, messages.get("hub.value.expected", describe(e.getTargetType(), messages)))));
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e, HttpServerRequest request) {
        var location = e.getLocation();
        Messages messages = Messages.forRequest(request);
        String detail = location == null ? messages.get("hub.json.invalid")
                : messages.get("hub.json.invalid.at", location.getLineNr(), location.getColumnNr());
        return respond(ProblemType.MALFORMED, 400, detail, request, null);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, HttpServerRequest request) {
        String field = e instanceof JsonMappingException m && !m.getPath().isEmpty() ? jsonPath(m) : null;
        Messages messages = Messages.forRequest(request);
        return respond(ProblemType.MALFORMED, 400, field == null ? messages.get("hub.body.unreadable")
                : messages.get("hub.body.unreadable.at", field), request, null);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            io.quarkus.security.AuthenticationCompletionException.class})
    public Response unauthorized(RuntimeException e, HttpServerRequest request) {
        Response response = respond(ProblemType.UNAUTHORIZED, 401, Messages.forRequest(request).get("hub.problem.unauthorized.detail"),
                request, null);
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(ProblemType.FORBIDDEN, 403, Messages.forRequest(request).get("hub.problem.forbidden.detail"), request, null);
    }

    @ServerExceptionMapper({jakarta.persistence.OptimisticLockException.class, org.hibernate.StaleStateException.class})
    public Response optimisticLock(RuntimeException e, HttpServerRequest request) {
        return respond(ProblemType.PRECONDITION_FAILED, 412, Messages.forRequest(request).get("hub.version.concurrent"),
                request, null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        // the JSON reader wraps Jackson's own exceptions: answer those with the detail they carry
        if (e.getCause() instanceof JsonParseException parse) {
            return jsonParse(parse, request);
        }
        if (e.getCause() instanceof InvalidFormatException format) {
            return invalidFormat(format, request);
        }
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            return mismatchedInput(mismatch, request);
        }
        if (e.getCause() instanceof JsonProcessingException processing) {
            return jsonProcessing(processing, request);
        }
        if (status >= 500) {
            return internal(e, request);
        }
        ProblemType type = ProblemType.forStatus(status);
        Messages messages = Messages.forRequest(request);
        String detail = switch (status) {
            case 404 -> messages.get("hub.path.unknown", request.path());
            case 405 -> messages.get("hub.method.unsupported", request.method().name(), request.path());
            case 406 -> messages.get("hub.accept.unsupported");
            case 415 -> messages.get("hub.content-type.unsupported");
            default -> messages.get("hub.request.unprocessable");
        };
        String title = type.title(messages) != null ? type.title(messages) : Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        return build(type.uri().toString(), title, status, detail, request.path(), null);
    }

    @ServerExceptionMapper
    public Response internal(Throwable e, HttpServerRequest request) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled error on %s %s (incident %s)", request.method(), request.path(), incident);
        return respond(ProblemType.INTERNAL, 500, Messages.forRequest(request).get("hub.problem.internal.detail", incident),
                request, null);
    }

    private static Response respond(ProblemType type, int status, String detail, HttpServerRequest request,
            List<Problem.FieldError> errors) {
        return build(type.uri().toString(), type.title(Messages.forRequest(request)), status, detail, request.path(), errors);
    }

    private static Response build(String type, String title, int status, String detail, String instance,
            List<Problem.FieldError> errors) {
        Problem problem = new Problem(java.net.URI.create(type), title, status, detail, instance,
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** `create.request.authors[2].<list element>` → `authors[2]`; `list.size` → `size`. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            ElementKind kind = node.getKind();
            boolean last = i == nodes.size() - 1;
            if (kind == ElementKind.METHOD || kind == ElementKind.CROSS_PARAMETER || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER && !last) {
                continue; // the request body or bean parameter itself: its properties follow
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (kind == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String describe(Class<?> type, Messages messages) {
        if (type == null) {
            return messages.get("hub.type.value");
        }
        if (type.isEnum()) {
            return messages.get("hub.type.enum", Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ")));
        }
        if (List.class.isAssignableFrom(type) || java.util.Set.class.isAssignableFrom(type) || type.isArray()) {
            return messages.get("hub.type.array");
        }
        return messages.get("hub.type." + simpleType(type));
    }

    /** A key part for the JSON type of a Java type: integer, text, uuid, boolean or value. */
    private static String simpleType(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "integer";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == UUID.class) {
            return "uuid";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        return "value";
    }
}
