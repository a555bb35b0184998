package nl.leercultuur.hub.pilots;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.leercultuur.hub.shared.persistence.SqlCondition;
import nl.leercultuur.hub.shared.security.Actor;

/**
 * Who may see and do what in the pilots feature, by role and organisation: the one place for these rules.
 * <ul>
 * <li>Staff see and manage every pilot and move it through its statuses.</li>
 * <li>The people and systems of an organisation that takes part see the pilot; people of an EXECUTING organisation
 * also change it, except who takes part. Another organisation sees nothing of it (404).</li>
 * <li>Visitors see a pilot once its evaluation is published.</li>
 * <li>The journal is for staff and the people of the organisations taking part; its author corrects a note for a day.</li>
 * <li>Everyone reads the intervention-type vocabulary; staff manage it.</li>
 * </ul>
 */
@ApplicationScoped
public class PilotAccessPolicy {

    /** The lifecycle: IDEA → PREPARING → RUNNING → EVALUATING → COMPLETED, and STOPPED from any open state. */
    static final Map<PilotStatus, Set<PilotStatus>> TRANSITIONS = new EnumMap<>(Map.of(
            PilotStatus.IDEA, EnumSet.of(PilotStatus.PREPARING, PilotStatus.STOPPED),
            PilotStatus.PREPARING, EnumSet.of(PilotStatus.RUNNING, PilotStatus.STOPPED),
            PilotStatus.RUNNING, EnumSet.of(PilotStatus.EVALUATING, PilotStatus.STOPPED),
            PilotStatus.EVALUATING, EnumSet.of(PilotStatus.COMPLETED, PilotStatus.STOPPED),
            PilotStatus.COMPLETED, EnumSet.noneOf(PilotStatus.class),
            PilotStatus.STOPPED, EnumSet.noneOf(PilotStatus.class)));

    /** The facts about a pilot that the rules depend on. */
    public record Facts(PilotStatus status, boolean evaluationPublished, Map<UUID, ParticipantRole> organizations) {

        static Facts of(Pilot pilot) {
            return new Facts(pilot.status, pilot.evaluationPublished, pilot.organizations.stream()
                    .collect(Collectors.toMap(o -> o.organizationId, o -> o.role, (a, b) -> a)));
        }
    }

    public boolean canManageInterventionTypes(Actor actor) {
        return actor.isStaff();
    }

    public boolean canSee(Actor actor, Facts pilot) {
        return actor.isStaff() || takesPart(actor, pilot) || pilot.evaluationPublished();
    }

    public boolean canCreate(Actor actor) {
        return actor.isStaff();
    }

    /** Staff, and people (not systems) of an executing organisation. */
    public boolean canUpdate(Actor actor, Facts pilot) {
        return actor.isStaff() || (actor.kind() == Actor.Kind.PARTNER
                && pilot.organizations().get(actor.organizationId()) == ParticipantRole.EXECUTING);
    }

    /** Who takes part, and in which role, is the programme team's decision (an executing partner changes the rest). */
    public boolean canChangeParticipants(Actor actor) {
        return actor.isStaff();
    }

    /** The journal: staff, and the people (not systems) of the organisations taking part, read and write in it. */
    public boolean canUseJournal(Actor actor, Facts pilot) {
        return actor.isStaff() || (actor.kind() == Actor.Kind.PARTNER && takesPart(actor, pilot));
    }

    /** Its author may correct a note for a day after writing it. */
    public boolean canEditJournalEntry(Actor actor, PilotJournalEntry entry, java.time.Instant now) {
        return actor.isSignedIn() && actor.is(entry.authorSubject) && entry.writtenAt.plus(java.time.Duration.ofDays(1)).isAfter(now);
    }

    public boolean canChangeStatus(Actor actor) {
        return actor.isStaff();
    }

    public boolean isAllowed(PilotStatus from, PilotStatus to) {
        return TRANSITIONS.get(from).contains(to);
    }

    public List<PilotAction> actions(Actor actor, Facts pilot) {
        List<PilotAction> actions = new ArrayList<>();
        if (canUpdate(actor, pilot)) {
            actions.add(PilotAction.UPDATE);
        }
        if (canChangeStatus(actor) && !TRANSITIONS.get(pilot.status()).isEmpty()) {
            actions.add(PilotAction.CHANGE_STATUS);
        }
        if (canUseJournal(actor, pilot)) {
            actions.add(PilotAction.JOURNAL);
        }
        return actions;
    }

    public List<PilotStatus> transitions(Actor actor, Facts pilot) {
        return canChangeStatus(actor) ? List.copyOf(TRANSITIONS.get(pilot.status())) : List.of();
    }

    /** The list's condition in JPQL on the alias {@code p}: the pilots the caller may see. */
    public SqlCondition listCondition(Actor actor) {
        if (actor.isStaff()) {
            return new SqlCondition("true", List.of());
        }
        if (actor.organizationId() == null) {
            return new SqlCondition("p.evaluationPublished = true", List.of());
        }
        return new SqlCondition("(p.evaluationPublished = true or exists (select 1 from Pilot q join q.organizations o "
                + "where q.id = p.id and o.organizationId = ?1))", List.of(actor.organizationId()));
    }

    private static boolean takesPart(Actor actor, Facts pilot) {
        return actor.organizationId() != null && pilot.organizations().containsKey(actor.organizationId());
    }
}
