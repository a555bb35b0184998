package nl.leercultuur.hub.shared.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import nl.leercultuur.hub.shared.config.AppConfig;
import nl.leercultuur.hub.shared.error.ApiException;
import nl.leercultuur.hub.shared.error.ProblemType;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * People's Keycloak accounts, through Keycloak's admin API ({@code quarkus-keycloak-admin-rest-client}). The API signs
 * in as the confidential client {@code hub-admin}, whose service account holds only {@code realm-management/manage-users}.
 *
 * <p>An invited account has no password: its required actions are to set one and to verify the e-mail address, and
 * Keycloak sends the invitation itself ("execute actions e-mail", through the realm's SMTP settings). Its link leads to
 * Keycloak's pages and from there to the web app.
 */
@ApplicationScoped
public class AccountDirectory {

    private static final Logger LOG = Logger.getLogger(AccountDirectory.class);
    private static final List<String> INVITATION_ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");

    @Inject
    Keycloak keycloak;

    @Inject
    AppConfig config;

    /**
     * Creates the account of an invited person with the role {@code role} and mails the invitation; returns the account id
     * (the subject of their tokens). 409 when the e-mail address already has an account; 503 when Keycloak does not
     * answer. A created account whose invitation cannot be sent is removed again, so a retry starts clean.
     */
    @ActivateRequestContext
    public String invite(String email, String name, String language, String role) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        String[] parts = name.strip().split("\\s+", 2);
        user.setFirstName(parts[0]);
        user.setLastName(parts.length > 1 ? parts[1] : "");
        user.setEnabled(true);
        user.setEmailVerified(false);
        user.setRequiredActions(INVITATION_ACTIONS);
        user.setAttributes(Map.of("locale", List.of(language)));
        String id;
        try (Response created = keycloak.realm(config.accounts().realm()).users().create(user)) {
            if (created.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw ApiException.conflict("hub.join-request.account-exists");
            }
            id = CreatedResponseUtil.getCreatedId(created);
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {   // connection refused, time-out, an unexpected answer
            throw unavailable(e);
        }
        try {
            UserResource account = keycloak.realm(config.accounts().realm()).users().get(id);
            List<RoleRepresentation> roles = account.roles().realmLevel().listAvailable().stream()
                    .filter(r -> r.getName().equals(role)).toList();
            if (roles.isEmpty()) {
                throw new IllegalStateException("the realm has no role '" + role + "'");
            }
            account.roles().realmLevel().add(roles);
            account.executeActionsEmail(config.accounts().clientId(), config.accounts().redirectUrl(),
                    (int) config.accounts().invitationLifespan().toSeconds(), INVITATION_ACTIONS);
            return id;
        } catch (RuntimeException e) {
            remove(id);
            throw e instanceof ApiException api ? api : unavailable(e);
        }
    }

    /**
     * Disables the account with id {@code subject}, so it can no longer sign in. True when Keycloak confirmed it (or has
     * no such account); false when Keycloak could not be reached, to be tried again.
     */
    @ActivateRequestContext   // also called from a worker thread (AccountTasks); the admin client is request-scoped
    public boolean disable(String subject) {
        try {
            UserResource account = keycloak.realm(config.accounts().realm()).users().get(subject);
            UserRepresentation user = account.toRepresentation();
            user.setEnabled(false);
            account.update(user);
            account.logout();
            return true;
        } catch (NotFoundException e) {
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("could not disable Keycloak account %s (will try again): %s", subject, e.getMessage());
            return false;
        }
    }

    /** Removes an account again (an approval that could not be stored after all). */
    @ActivateRequestContext
    public void remove(String id) {
        try (Response ignored = keycloak.realm(config.accounts().realm()).users().delete(id)) {
            LOG.infof("removed the half-created account %s", id);
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not remove the half-created account %s: remove it in Keycloak's admin console", id);
        }
    }

    private static ApiException unavailable(Exception cause) {
        LOG.errorf("Keycloak's admin API failed: %s", cause.toString());
        return new ApiException(ProblemType.SERVICE_UNAVAILABLE, "hub.accounts.unavailable");
    }
}
