package nl.leercultuur.hub.knowledge.search;

import io.quarkus.hibernate.search.orm.elasticsearch.SearchExtension;
import java.time.Instant;
import nl.leercultuur.hub.knowledge.KnowledgeItem;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * The index fields of {@link KnowledgeItem} that its annotations cannot express: from its superclasses the id as a
 * sortable keyword and the last change as sortable microseconds; the facet values of an item in one field; its summary
 * and body in one stored field for snippets.
 */
@SearchExtension
public class KnowledgeSearchMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep item = context.programmaticMapping().type(KnowledgeItem.class);
        item.property("id").genericField("uid").sortable(Sortable.YES);
        item.property("updatedAt").genericField(UPDATED_MICROS).valueBridge(new EpochMicros()).sortable(Sortable.YES);
        item.binder(new FacetValues());
        item.binder(new SnippetText());
    }

    /** The field that holds an item's summary and body together, for highlighting only. */
    static final String SNIPPET_TEXT = "snippetText";

    /**
     * The summary, a blank line and the body in one field, stored with term vectors, from which a search's snippet is
     * highlighted: one field to read per hit instead of two (measured in bench/README.md), and its first fragments with
     * a match are the summary's before the body's, as a snippet should be. Searches match on the fields themselves.
     */
    static final class SnippetText implements TypeBinder {

        @Override
        public void bind(TypeBindingContext context) {
            context.dependencies().use("summary").use("body");
            IndexFieldReference<String> field = context.indexSchemaElement()
                    .field(SNIPPET_TEXT, f -> f.asString().analyzer(KnowledgeSearchIndex.ANALYZER))
                    .toReference();
            context.bridge(KnowledgeItem.class, new SnippetBridge(field));
        }

        private record SnippetBridge(IndexFieldReference<String> field) implements TypeBridge<KnowledgeItem> {

            @Override
            public void write(DocumentElement target, KnowledgeItem item, TypeBridgeWriteContext context) {
                String summary = item.summary == null ? "" : item.summary;
                target.addValue(field, summary + "\n\n" + (item.body == null ? "" : item.body));
            }
        }
    }

    /** The field that holds every facet value of an item, each as {@code facet:value} ({@code theme:coaching}). */
    static final String FACETS = "facets";

    /**
     * The type, themes, learning forms and year of an item in one multi-valued keyword field, so that a search counts
     * all four facets in one terms aggregation: one pass over the doc values of the matches instead of four (measured
     * in bench/README.md: a third of the engine's time for a browse page). The values carry their facet's prefix
     * ({@link KnowledgeSearchRequest.Facet#value}); the fields that filter stay as they are.
     */
    static final class FacetValues implements TypeBinder {

        @Override
        public void bind(TypeBindingContext context) {
            context.dependencies().use("type").use("themes").use("learningForms").use("publicationYear");
            IndexFieldReference<String> field = context.indexSchemaElement()
                    .field(FACETS, f -> f.asString().aggregable(Aggregable.YES))
                    .multiValued()
                    .toReference();
            context.bridge(KnowledgeItem.class, new Bridge(field));
        }

        private record Bridge(IndexFieldReference<String> field) implements TypeBridge<KnowledgeItem> {

            @Override
            public void write(DocumentElement target, KnowledgeItem item, TypeBridgeWriteContext context) {
                if (item.type != null) {
                    target.addValue(field, KnowledgeSearchRequest.Facet.TYPE.value(item.type.name()));
                }
                item.themes.forEach(theme -> target.addValue(field, KnowledgeSearchRequest.Facet.THEME.value(theme)));
                item.learningForms.forEach(form ->
                        target.addValue(field, KnowledgeSearchRequest.Facet.LEARNING_FORM.value(form)));
                if (item.publicationYear != null) {
                    target.addValue(field, KnowledgeSearchRequest.Facet.YEAR.value(item.publicationYear.toString()));
                }
            }
        }
    }

    /** The last change in microseconds since 1970, as PostgreSQL keeps it (an OpenSearch date has milliseconds). */
    static final String UPDATED_MICROS = "updatedMicros";

    /** An instant as microseconds since 1970: exact for {@code updatedSince}, which partner systems read from. */
    public static final class EpochMicros implements ValueBridge<Instant, Long> {

        @Override
        public Long toIndexedValue(Instant value, ValueBridgeToIndexedValueContext context) {
            return value == null ? null : micros(value);
        }

        static long micros(Instant value) {
            return Math.addExact(Math.multiplyExact(value.getEpochSecond(), 1_000_000L), value.getNano() / 1_000);
        }
    }
}
