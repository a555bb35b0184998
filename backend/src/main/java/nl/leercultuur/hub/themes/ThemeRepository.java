package nl.leercultuur.hub.themes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ThemeRepository implements PanacheRepositoryBase<Theme, UUID> {

    public static final Sort ORDER = Sort.by("sortOrder").and("code");

    public Optional<Theme> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public List<String> existingCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return find("code in ?1", codes).project(CodeOnly.class).list().stream().map(CodeOnly::code).toList();
    }

    public record CodeOnly(String code) {
    }
}
