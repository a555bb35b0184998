package nl.leercultuur.hub.knowledge.search;

import io.quarkus.hibernate.search.orm.elasticsearch.SearchExtension;
import java.time.Instant;
import nl.leercultuur.hub.knowledge.KnowledgeItem;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * The index fields of {@link KnowledgeItem} that come from its superclasses (the annotations on the entity map the
 * rest): the id as a sortable keyword, the last change as sortable microseconds.
 */
@SearchExtension
public class KnowledgeSearchMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep item = context.programmaticMapping().type(KnowledgeItem.class);
        item.property("id").genericField("uid").sortable(Sortable.YES);
        item.property("updatedAt").genericField(UPDATED_MICROS).valueBridge(new EpochMicros()).sortable(Sortable.YES);
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
