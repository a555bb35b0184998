package nl.leercultuur.hub.pilots;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import nl.leercultuur.hub.shared.persistence.AuditedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A type of intervention that pilots try, with its active ingredients (what is believed to make it work). */
@Entity
@Table(name = "intervention_type")
public class InterventionType extends AuditedEntity {

    @Column(nullable = false, updatable = false, length = 60)
    public String code;

    @Column(name = "label_nl", nullable = false, length = 120)
    public String labelNl;

    @Column(name = "label_en", nullable = false, length = 120)
    public String labelEn;

    @Column(name = "description_nl", nullable = false, length = 2000)
    public String descriptionNl;

    @Column(name = "description_en", nullable = false, length = 2000)
    public String descriptionEn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "ingredients_nl", nullable = false, columnDefinition = "text[]")
    public List<String> ingredientsNl = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "ingredients_en", nullable = false, columnDefinition = "text[]")
    public List<String> ingredientsEn = new ArrayList<>();

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
