package nl.leercultuur.hub.community;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

    public Optional<Member> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }
}
