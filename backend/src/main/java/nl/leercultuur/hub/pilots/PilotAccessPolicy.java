package nl.leercultuur.hub.pilots;

import jakarta.enterprise.context.ApplicationScoped;
import nl.leercultuur.hub.shared.security.Actor;

/**
 * Who may do what in the pilots feature. So far the intervention-type vocabulary: everyone reads it, staff manage it.
 * The pilots themselves (by organisation: executing, participating, unrelated) join here.
 */
@ApplicationScoped
public class PilotAccessPolicy {

    public boolean canManageInterventionTypes(Actor actor) {
        return actor.isStaff();
    }
}
