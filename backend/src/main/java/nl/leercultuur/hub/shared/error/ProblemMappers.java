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
        return respond(e.type(), e.type().status(), e.getMessage(), request, e.errors());
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
        if (e.getTargetType() != null && e.getTargetType().isEnum()) {
            message = messages.get("hub.enum.unknown", String.valueOf(e.getValue()), Arrays.stream(e.getTargetType()
                    .getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")));
        } else if ("whole number".equals(simpleType(e.getTargetType()))) {
            message = messages.get("hub.number.invalid", String.valueOf(e.getValue()));
        } else {
            message = "The value '" + e.getValue() + "' is not a valid " + simpleType(e.getTargetType()) + ".";
        }
        return respond(ProblemType.VALIDATION, 400, messages.get("hub.validation.detail", field), request,
                List.of(new Problem.FieldError(field, message)));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        if (e.getPath() == null || e.getPath().isEmpty()) {
            return respond(ProblemType.MALFORMED, 400,
                    "The request body must be a JSON object matching the documented schema.", request, null);
        }
        String field = jsonPath(e);
        return respond(ProblemType.VALIDATION, 400, Messages.forRequest(request).get("hub.validation.detail", field), request,
                List.of(new Problem.FieldError(field, "Expected " + describe(e.getTargetType()) + ".")));
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e, HttpServerRequest request) {
        var location = e.getLocation();
        String where = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        return respond(ProblemType.MALFORMED, 400, "The request body is not valid JSON" + where + ".", request, null);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, HttpServerRequest request) {
        String field = e instanceof JsonMappingException m && !m.getPath().isEmpty() ? jsonPath(m) : null;
        return respond(ProblemType.MALFORMED, 400,
                "The request body could not be read" + (field == null ? "" : " at '" + field + "'")
                        + ". Check it against the documented schema.", request, null);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            io.quarkus.security.AuthenticationCompletionException.class})
    public Response unauthorized(RuntimeException e, HttpServerRequest request) {
        Response response = respond(ProblemType.UNAUTHORIZED, 401,
                "Sign in first: send a valid bearer token from the Leercultuur Keycloak realm.", request, null);
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(ProblemType.FORBIDDEN, 403, "Your account does not have the role this action needs.", request, null);
    }

    @ServerExceptionMapper({jakarta.persistence.OptimisticLockException.class, org.hibernate.StaleStateException.class})
    public Response optimisticLock(RuntimeException e, HttpServerRequest request) {
        return respond(ProblemType.PRECONDITION_FAILED, 412,
                "Someone else changed this resource at the same moment. Reload it, apply your change again and resend.",
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
        String detail = switch (status) {
            case 404 -> "There is nothing at " + request.path() + ". Check the path against the API documentation at /q/swagger-ui.";
            case 405 -> "The method " + request.method() + " is not supported on " + request.path() + ".";
            case 406 -> "This resource cannot answer in the media type you asked for (Accept header).";
            case 415 -> "Send the request body as application/json.";
            default -> e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? "The request could not be processed." : e.getMessage();
        };
        String title = type.title() != null ? type.title() : Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        return build(type.uri().toString(), title, status, detail, request.path(), null);
    }

    @ServerExceptionMapper
    public Response internal(Throwable e, HttpServerRequest request) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled error on %s %s (incident %s)", request.method(), request.path(), incident);
        return respond(ProblemType.INTERNAL, 500,
                "Something went wrong on our side. Please try again; if it keeps happening, report incident " + incident + ".",
                request, null);
    }

    private static Response respond(ProblemType type, int status, String detail, HttpServerRequest request,
            List<Problem.FieldError> errors) {
        return build(type.uri().toString(), type.title(), status, detail, request.path(), errors);
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

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a value of the documented type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (List.class.isAssignableFrom(type) || java.util.Set.class.isAssignableFrom(type) || type.isArray()) {
            return "a JSON array";
        }
        return "a " + simpleType(type);
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "whole number";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == UUID.class) {
            return "UUID";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        return "value";
    }
}
