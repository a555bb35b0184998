package nl.leercultuur.hub.knowledge.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The search index for operators, on the management interface (a port of its own beside health and metrics, not
 * exposed to the internet; see application.properties):
 * <ul>
 * <li>{@code GET /admin/search-index}: items in PostgreSQL, items in the index, the last or running rebuild with its
 * progress;</li>
 * <li>{@code POST /admin/search-index/rebuild}: copies every item from PostgreSQL into the index again (after a change
 * of the mapping or the analysis, or a lost node); 202 with the status, which shows the progress. `make reindex`
 * calls it.</li>
 * </ul>
 */
@ApplicationScoped
public class SearchIndexManagement {

    static final String PATH = "/admin/search-index";

    @Inject
    KnowledgeSearchIndex index;

    @Inject
    ObjectMapper json;

    void routes(@Observes ManagementInterface management) {
        management.router().get(PATH).blockingHandler(context -> reply(context, 200));
        management.router().post(PATH + "/rebuild").blockingHandler(context -> {
            index.rebuild();
            reply(context, 202);
        });
    }

    private void reply(RoutingContext context, int status) {
        try {
            context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                    .end(json.writeValueAsString(index.status()));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
