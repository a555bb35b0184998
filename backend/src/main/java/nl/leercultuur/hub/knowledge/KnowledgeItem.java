package nl.leercultuur.hub.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.leercultuur.hub.shared.persistence.AuditedEntity;
import nl.leercultuur.hub.knowledge.search.KnowledgeSearchIndex;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.type.SqlTypes;

/**
 * A knowledge item. PostgreSQL is its source of truth; Hibernate Search copies each change into the OpenSearch index
 * that knowledge search reads (the fields below; the id and {@code updatedAt} of the superclasses, the facet values in
 * one field and the snippet text are mapped in {@link nl.leercultuur.hub.knowledge.search.KnowledgeSearchMapping}).
 * The index holds what search filters, sorts, counts and matches on; the rows shown come from PostgreSQL.
 */
@Entity
@Table(name = "knowledge_item")
@Indexed(index = KnowledgeSearchIndex.NAME)
public class KnowledgeItem extends AuditedEntity {

    @Column(nullable = false, updatable = false, length = 160)
    public String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    @KeywordField(aggregable = Aggregable.YES)
    public KnowledgeType type;

    @Column(nullable = false, length = 300)
    @FullTextField(analyzer = KnowledgeSearchIndex.ANALYZER)
    @KeywordField(name = "titleSort", normalizer = KnowledgeSearchIndex.SORT_NORMALIZER, sortable = Sortable.YES)
    public String title;

    @Column(nullable = false, length = 2000)
    @FullTextField(analyzer = KnowledgeSearchIndex.ANALYZER)
    public String summary;

    @Column(nullable = false, columnDefinition = "text")
    @FullTextField(analyzer = KnowledgeSearchIndex.ANALYZER)
    public String body = "";

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    @FullTextField(analyzer = KnowledgeSearchIndex.ANALYZER)
    public List<String> authors = new ArrayList<>();

    @Column(length = 200)
    @FullTextField(analyzer = KnowledgeSearchIndex.ANALYZER)
    public String publisher;

    @Column(name = "publication_year")
    @GenericField(sortable = Sortable.YES)
    public Integer publicationYear;

    @Column(length = 2000)
    public String url;

    @Column(nullable = false, length = 2)
    public String language = "nl";

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    @KeywordField(aggregable = Aggregable.YES)
    public List<String> themes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "learning_forms", nullable = false, columnDefinition = "text[]")
    @KeywordField(aggregable = Aggregable.YES)
    public List<String> learningForms = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    @KeywordField
    public List<String> sectors = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_groups", nullable = false, columnDefinition = "text[]")
    @KeywordField
    public List<String> targetGroups = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField
    public KnowledgeVisibility visibility;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField
    public KnowledgeStatus status;

    @Column(name = "pilot_id")
    public UUID pilotId;

    @Column(name = "submitted_by_subject", length = 64)
    @KeywordField
    public String submittedBySubject;

    @Column(name = "submitted_by_name", length = 200)
    public String submittedByName;

    /** The organisation the proposer acted for: its people see the proposal too. */
    @Column(name = "submitted_by_organization_id")
    public UUID submittedByOrganizationId;

}
