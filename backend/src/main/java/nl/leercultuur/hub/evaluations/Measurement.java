package nl.leercultuur.hub.evaluations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import nl.leercultuur.hub.shared.persistence.AuditedEntity;

/** A measurement wave of a pilot: who may answer (anyone with the token) between which days, and how many at most. */
@Entity
@Table(name = "measurement")
public class Measurement extends AuditedEntity {

    @Column(name = "pilot_id", nullable = false, updatable = false)
    public UUID pilotId;

    @Column(name = "instrument_id", nullable = false, updatable = false)
    public UUID instrumentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    public Wave wave;

    @Column(nullable = false, length = 100)
    public String label;

    @Column(name = "opens_on", nullable = false)
    public LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    public LocalDate closesOn;

    @Column(name = "response_cap", nullable = false)
    public int responseCap;

    @Column(nullable = false, updatable = false, length = 64)
    public String token;

    @Column(name = "response_count", nullable = false, insertable = false, updatable = false)
    public int responseCount;

    /** Closed by staff before its closing date. */
    @Column(nullable = false)
    public boolean closed;

    /** Open for answers on this day: between its dates, not closed early and not full. */
    public boolean isOpen(LocalDate today) {
        return !closed && !today.isBefore(opensOn) && !today.isAfter(closesOn) && responseCount < responseCap;
    }

    /**
     * Its results may be shown: no more answers can come (closed, past its closing date, or full). Figures of a wave
     * that still takes answers could be compared before and after one more answer, which would show that answer.
     */
    public boolean isFinished(LocalDate today) {
        return closed || today.isAfter(closesOn) || responseCount >= responseCap;
    }
}
