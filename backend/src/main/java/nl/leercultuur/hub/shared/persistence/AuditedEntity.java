package nl.leercultuur.hub.shared.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import nl.leercultuur.hub.shared.security.Actor;

/**
 * An entity that records who created it and who changed it last (Keycloak subject and display name), beside the
 * when of {@link BaseEntity}. Services call {@link #createdBy(Actor)} and {@link #changedBy(Actor)}; erasing a person
 * (GDPR) clears these fields by subject.
 */
@MappedSuperclass
public abstract class AuditedEntity extends BaseEntity {

    @Column(name = "created_by_subject", length = 64, updatable = false)
    public String createdBySubject;

    @Column(name = "created_by_name", length = 200, updatable = false)
    public String createdByName;

    @Column(name = "updated_by_subject", length = 64)
    public String updatedBySubject;

    @Column(name = "updated_by_name", length = 200)
    public String updatedByName;

    /** Records the actor as creator and last editor of a new entity. */
    public void createdBy(Actor actor) {
        createdBySubject = actor.subject();
        createdByName = actor.displayName();
        changedBy(actor);
    }

    /** Records the actor as the last editor. */
    public void changedBy(Actor actor) {
        updatedBySubject = actor.subject();
        updatedByName = actor.displayName();
    }
}
