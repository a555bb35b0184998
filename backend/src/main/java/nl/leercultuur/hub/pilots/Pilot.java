package nl.leercultuur.hub.pilots;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.leercultuur.hub.shared.persistence.AuditedEntity;
import org.hibernate.annotations.BatchSize;

/** An intervention tried with partner organisations. */
@Entity
@Table(name = "pilot")
public class Pilot extends AuditedEntity {

    @Column(nullable = false, length = 200)
    public String title;

    @Column(name = "intervention_type_code", nullable = false, length = 60)
    public String interventionTypeCode;

    @Column(nullable = false, length = 4000)
    public String intervention;

    @Column(nullable = false, length = 2000)
    public String goal;

    @Column(length = 2000)
    public String hypothesis;

    @Column(name = "target_group", length = 500)
    public String targetGroup;

    @Column(name = "contact_member_id")
    public UUID contactMemberId;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(name = "cost_total", precision = 12, scale = 2)
    public BigDecimal costTotal;

    @Column(name = "participant_count")
    public Integer participantCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public PilotStatus status;

    @Column(name = "stop_reason", length = 1000)
    public String stopReason;

    @Column(name = "evaluation_published", nullable = false)
    public boolean evaluationPublished;

    /** Loaded for a whole page of pilots at once (batch fetching), not one query per pilot. */
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "pilot_organization", joinColumns = @JoinColumn(name = "pilot_id"))
    public List<PilotOrganization> organizations = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "pilot_knowledge_item", joinColumns = @JoinColumn(name = "pilot_id"))
    @Column(name = "knowledge_item_id")
    public Set<UUID> knowledgeItemIds = new LinkedHashSet<>();
}
