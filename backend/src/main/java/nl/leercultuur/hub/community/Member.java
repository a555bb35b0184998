package nl.leercultuur.hub.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.leercultuur.hub.shared.persistence.AuditedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person in the community, linked to their Keycloak account by subject id. Its search vector is not mapped. */
@Entity
@Table(name = "member")
public class Member extends AuditedEntity {

    @Column(nullable = false, length = 64, updatable = false)
    public String subject;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(length = 320)
    public String email;

    @Column(name = "job_title", length = 200)
    public String jobTitle;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> expertise = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> themes = new ArrayList<>();

    @Column(length = 2000)
    public String bio;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ProfileVisibility visibility;

    @Column(name = "consent_version", nullable = false, length = 20)
    public String consentVersion;

    @Column(name = "consent_at", nullable = false)
    public Instant consentAt;
}
