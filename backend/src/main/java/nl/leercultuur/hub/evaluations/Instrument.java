package nl.leercultuur.hub.evaluations;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import nl.leercultuur.hub.shared.persistence.AuditedEntity;

/**
 * A questionnaire in one version: its dimensions and items in Dutch and English. A version never changes once it exists
 * (staff add a new version instead), so a measurement keeps the questions it started with.
 */
@Entity
@Table(name = "instrument")
public class Instrument extends AuditedEntity {

    @Column(nullable = false, updatable = false, length = 60)
    public String code;

    @Column(name = "version_number", nullable = false, updatable = false)
    public int versionNumber;

    @Column(name = "name_nl", nullable = false, updatable = false, length = 200)
    public String nameNl;

    @Column(name = "name_en", nullable = false, updatable = false, length = 200)
    public String nameEn;

    @Column(name = "description_nl", nullable = false, updatable = false, length = 2000)
    public String descriptionNl;

    @Column(name = "description_en", nullable = false, updatable = false, length = 2000)
    public String descriptionEn;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "instrument_dimension", joinColumns = @JoinColumn(name = "instrument_id"))
    @OrderBy("position")
    public List<InstrumentDimension> dimensions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "instrument_item", joinColumns = @JoinColumn(name = "instrument_id"))
    @OrderBy("position")
    public List<InstrumentItem> items = new ArrayList<>();
}
