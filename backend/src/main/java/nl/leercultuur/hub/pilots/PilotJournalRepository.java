package nl.leercultuur.hub.pilots;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class PilotJournalRepository implements PanacheRepositoryBase<PilotJournalEntry, UUID> {
}
