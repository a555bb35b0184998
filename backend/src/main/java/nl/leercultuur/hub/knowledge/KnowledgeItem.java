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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A knowledge item. Its full-text search vector is a generated column that this entity does not map. */
@Entity
@Table(name = "knowledge_item")
public class KnowledgeItem extends AuditedEntity {

    @Column(nullable = false, updatable = false, length = 160)
    public String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public KnowledgeType type;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(nullable = false, length = 2000)
    public String summary;

    @Column(nullable = false, columnDefinition = "text")
    public String body = "";

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> authors = new ArrayList<>();

    @Column(length = 200)
    public String publisher;

    @Column(name = "publication_year")
    public Integer publicationYear;

    @Column(length = 2000)
    public String url;

    @Column(nullable = false, length = 2)
    public String language = "nl";

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> themes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "learning_forms", nullable = false, columnDefinition = "text[]")
    public List<String> learningForms = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> sectors = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_groups", nullable = false, columnDefinition = "text[]")
    public List<String> targetGroups = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public KnowledgeVisibility visibility;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public KnowledgeStatus status;

    @Column(name = "pilot_id")
    public UUID pilotId;

    @Column(name = "submitted_by_subject", length = 64)
    public String submittedBySubject;

    @Column(name = "submitted_by_name", length = 200)
    public String submittedByName;

    /** The organisation the proposer acted for: its people see the proposal too. */
    @Column(name = "submitted_by_organization_id")
    public UUID submittedByOrganizationId;

}
