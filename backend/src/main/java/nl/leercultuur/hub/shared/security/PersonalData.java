package nl.leercultuur.hub.shared.security;

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
}
