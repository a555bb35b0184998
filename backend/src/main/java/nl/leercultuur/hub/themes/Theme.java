package nl.leercultuur.hub.themes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.leercultuur.hub.shared.persistence.AuditedEntity;

/** A term of the staff-managed theme vocabulary. */
@Entity
@Table(name = "theme")
public class Theme extends AuditedEntity {

    @Column(nullable = false, updatable = false, length = 60)
    public String code;

    @Column(name = "label_nl", nullable = false, length = 120)
    public String labelNl;

    @Column(name = "label_en", nullable = false, length = 120)
    public String labelEn;

    @Column(name = "description_nl", length = 1000)
    public String descriptionNl;

    @Column(name = "description_en", length = 1000)
    public String descriptionEn;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
