package nl.leercultuur.hub.shared.security;

import jakarta.persistence.EntityManager;
import java.util.Map;

/**
 * A feature that keeps data about people (GDPR): it tells what it holds about a person, and forgets them. Every
 * implementation is found through CDI, so the export and the erasure of a member cover every feature, also those added
 * later, without the community feature knowing them.
 */
public interface PersonalData {

    /** Name of the section in the export, e.g. {@code knowledge}. */
    String section();

    /** Everything this feature holds about the person with this Keycloak subject, as JSON-ready values. */
    Map<String, Object> export(String subject);

    /**
     * Removes every personal field of the person from this feature's tables. What they contributed stays, attributed to
     * {@code formerMemberName}.
     */
    void forget(String subject, String formerMemberName);

    /**
     * Replaces the person in one pair of columns of a table, {@code <person>_subject} and {@code <person>_name} (e.g.
     * {@code submitted_by}): the subject is cleared and the name becomes {@code formerMemberName}. Table and column
     * names are constants of the calling feature, never input.
     */
    static void replacePerson(EntityManager em, String table, String person, String subject, String formerMemberName) {
        em.createNativeQuery("update " + table + " set " + person + "_subject = null, " + person + "_name = :n where "
                        + person + "_subject = :s")
                .setParameter("s", subject).setParameter("n", formerMemberName).executeUpdate();
    }

    /** {@link #replacePerson} for who created and who last changed the rows of an {@code AuditedEntity} table. */
    static void replaceInAuditFields(EntityManager em, String table, String subject, String formerMemberName) {
        replacePerson(em, table, "created_by", subject, formerMemberName);
        replacePerson(em, table, "updated_by", subject, formerMemberName);
    }
}
