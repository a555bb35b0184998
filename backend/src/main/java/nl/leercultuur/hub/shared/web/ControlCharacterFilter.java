package nl.leercultuur.hub.shared.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.leercultuur.hub.shared.error.ApiException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Refuses query and path parameters that hold control characters ({@link ControlCharacters}): 400 naming them. */
public class ControlCharacterFilter {

    @ServerRequestFilter(preMatching = true, priority = 100)
    public void refuseControlCharacters(ContainerRequestContext context) {
        List<String> fields = new ArrayList<>();
        MultivaluedMap<String, String> query = context.getUriInfo().getQueryParameters(true);
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (ControlCharacters.contains(parameter.getKey()) || parameter.getValue().stream().anyMatch(ControlCharacters::contains)) {
                fields.add(ControlCharacters.contains(parameter.getKey()) ? "query" : parameter.getKey());
            }
        }
        if (ControlCharacters.contains(context.getUriInfo().getPath(true))) {
            fields.add("path");
        }
        if (!fields.isEmpty()) {
            throw ApiException.invalid(fields.stream().distinct().toList(), "hub.text.control");
        }
    }
}
