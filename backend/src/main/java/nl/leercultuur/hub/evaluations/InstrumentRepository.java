package nl.leercultuur.hub.evaluations;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class InstrumentRepository implements PanacheRepositoryBase<Instrument, UUID> {

    /** The highest version number of an instrument code (0 when there is none yet). */
    public int latestVersion(String code) {
        Integer latest = getEntityManager().createQuery("select max(i.versionNumber) from Instrument i where i.code = :code", Integer.class)
                .setParameter("code", code).getSingleResult();
        return latest == null ? 0 : latest;
    }
}
