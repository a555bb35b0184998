package nl.leercultuur.hub.evaluations;

import jakarta.enterprise.context.ApplicationScoped;
import nl.leercultuur.hub.pilots.dto.PilotDto;
import nl.leercultuur.hub.shared.security.Actor;

/**
 * Who may see and do what in the evaluations feature, by role and organisation: the one place for these rules.
 * <ul>
 * <li>Everyone reads the instruments; staff add instruments and new versions.</li>
 * <li>Staff set up and close measurement waves. The people and systems of the organisations taking part in the pilot
 * see its waves and results; its people also see the survey link, which they hand to employees. Other organisations see
 * nothing of them (404, like the pilot itself).</li>
 * <li>Anyone with a survey link answers the survey of an open wave, anonymously.</li>
 * <li>Once the pilot's evaluation is published, its results are public.</li>
 * </ul>
 */
@ApplicationScoped
public class EvaluationAccessPolicy {

    public boolean canManageInstruments(Actor actor) {
        return actor.isStaff();
    }

    public boolean canManageMeasurements(Actor actor) {
        return actor.isStaff();
    }

    /** The waves of a pilot the caller can see (the pilot itself they may see, or they would have had a 404). */
    public boolean canSeeMeasurements(Actor actor, PilotDto pilot) {
        return actor.isStaff() || takesPart(actor, pilot);
    }

    /** The survey link: staff and the people (not systems) of the organisations taking part. */
    public boolean canSeeSurveyLink(Actor actor, PilotDto pilot) {
        return actor.isStaff() || (actor.kind() == Actor.Kind.PARTNER && takesPart(actor, pilot));
    }

    public boolean canSeeResults(Actor actor, PilotDto pilot) {
        return canSeeMeasurements(actor, pilot) || pilot.evaluationPublished();
    }

    private static boolean takesPart(Actor actor, PilotDto pilot) {
        return actor.organizationId() != null && pilot.organizations().stream().anyMatch(o -> actor.organizationId().equals(o.organizationId()));
    }
}
