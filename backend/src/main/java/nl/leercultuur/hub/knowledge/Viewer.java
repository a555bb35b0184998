package nl.leercultuur.hub.knowledge;

/**
 * What a caller may see of the knowledge bank. Visitors: published public items. Partners and partner systems:
 * all published items, and their own proposals. Staff: everything.
 */
public record Viewer(Scope scope, String subject, String name) {

    public enum Scope {
        VISITOR, PARTNER, STAFF
    }

    public static final Viewer VISITOR = new Viewer(Scope.VISITOR, null, null);

    public boolean isStaff() {
        return scope == Scope.STAFF;
    }

    public boolean isSignedIn() {
        return scope != Scope.VISITOR;
    }
}
