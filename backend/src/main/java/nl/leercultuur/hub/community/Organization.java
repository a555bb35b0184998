package nl.leercultuur.hub.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.leercultuur.hub.shared.persistence.AuditedEntity;

/** An organisation of the community: an SME, a branch organisation, a training fund, a school … */
@Entity
@Table(name = "organization")
public class Organization extends AuditedEntity {

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public OrganizationType type;

    @Column(name = "kvk_number", length = 8)
    public String kvkNumber;

    @Column(length = 100)
    public String sector;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_class", length = 10)
    public SizeClass sizeClass;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Province province;

    @Column(length = 2000)
    public String website;

    @Column(length = 2000)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ProfileVisibility visibility;
}
