package nl.leercultuur.hub.shared.security;

import java.util.UUID;

/**
 * The caller as the access policies see it: what kind of caller, who, and for which organisation (a person's
 * organisation in the community, or the organisation a partner system is linked to; null for none). Built once per
 * request by {@link CurrentUser#actor()}; policies decide from it alone, so that a rule can be tested without HTTP.
 */
public record Actor(Kind kind, String subject, String name, String clientId, UUID organizationId) {

    public enum Kind {
        /** No token. */
        VISITOR,
        /** A person with the realm role {@code partner}. */
        PARTNER,
        /** A partner's own system, signed in with client credentials (its service account has {@code partner}). */
        PARTNER_SYSTEM,
        /** A person of the programme team (realm role {@code staff}). */
        STAFF
    }

    public static final Actor VISITOR = new Actor(Kind.VISITOR, null, null, null, null);

    /** A caller not (yet) known to belong to an organisation. */
    public Actor(Kind kind, String subject, String name, String clientId) {
        this(kind, subject, name, clientId, null);
    }

    /** Does the caller act for this organisation? */
    public boolean actsFor(UUID organization) {
        return organizationId != null && organizationId.equals(organization);
    }

    public boolean isStaff() {
        return kind == Kind.STAFF;
    }

    /** A partner person or a partner system. */
    public boolean isPartner() {
        return kind == Kind.PARTNER || kind == Kind.PARTNER_SYSTEM;
    }

    public boolean isPartnerSystem() {
        return kind == Kind.PARTNER_SYSTEM;
    }

    public boolean isSignedIn() {
        return kind != Kind.VISITOR;
    }

    /** Is this the caller with the given Keycloak subject? */
    public boolean is(String otherSubject) {
        return subject != null && subject.equals(otherSubject);
    }

    /** The name to record in audit fields: the display name, else the subject. */
    public String displayName() {
        return name == null || name.isBlank() ? subject : name;
    }
}
