package nl.leercultuur.hub.pilots;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import nl.leercultuur.hub.shared.security.PersonalData;

/**
 * What the pilots feature keeps about a person: who created or last changed a pilot or an intervention type, and who
 * moved a pilot to another status, and the journal notes they wrote.
 */
@ApplicationScoped
public class PilotPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public String section() {
        return "pilots";
    }

    @Override
    @Transactional
    public Map<String, Object> export(String subject) {
        return Map.of("interventionTypesCreatedOrChanged", em.createQuery("select t.code from InterventionType t where "
                        + "t.createdBySubject = :s or t.updatedBySubject = :s order by t.code", String.class)
                        .setParameter("s", subject).getResultList(),
                "pilotsCreatedOrChanged", em.createQuery("select p.title from Pilot p where p.createdBySubject = :s "
                        + "or p.updatedBySubject = :s order by p.title", String.class).setParameter("s", subject).getResultList(),
                "pilotJournalNotes", em.createQuery("select e from PilotJournalEntry e where e.authorSubject = :s order by e.writtenAt",
                        PilotJournalEntry.class).setParameter("s", subject).getResultList().stream()
                        .map(e -> Map.of("pilotId", e.pilotId.toString(), "text", e.text, "writtenAt", e.writtenAt.toString())).toList(),
                "pilotStatusChanges", em.createQuery("select c from PilotStatusChange c where c.actorSubject = :s order by c.changedAt",
                        PilotStatusChange.class).setParameter("s", subject).getResultList().stream()
                        .map(c -> Map.of("pilotId", c.pilotId.toString(), "to", c.toStatus.name(), "at", c.changedAt.toString()))
                        .toList());
    }

    @Override
    @Transactional
    public void forget(String subject, String formerMemberName) {
        PersonalData.replacePerson(em, "pilot_status_change", "actor", subject, formerMemberName);
        // the notes stay (they are the pilot's record), without their author
        PersonalData.replacePerson(em, "pilot_journal_entry", "author", subject, formerMemberName);
        for (String table : new String[] {"intervention_type", "pilot"}) {
            PersonalData.replaceInAuditFields(em, table, subject, formerMemberName);
        }
    }
}
