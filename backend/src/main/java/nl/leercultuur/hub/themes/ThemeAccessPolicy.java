package nl.leercultuur.hub.themes;

import jakarta.enterprise.context.ApplicationScoped;
import nl.leercultuur.hub.shared.security.Actor;

/** Who may do what with the theme vocabulary: everyone reads it, staff manage it. */
@ApplicationScoped
public class ThemeAccessPolicy {

    public boolean canManage(Actor actor) {
        return actor.isStaff();
    }
}
