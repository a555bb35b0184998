package nl.leercultuur.hub.pilots;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A dated note in a pilot's journal, with its author. */
@Entity
@Table(name = "pilot_journal_entry")
public class PilotJournalEntry {

    @Id
    public UUID id;

    @Column(name = "pilot_id", nullable = false)
    public UUID pilotId;

    @Column(nullable = false, length = 4000)
    public String text;

    @Column(name = "author_subject", length = 64)
    public String authorSubject;

    @Column(name = "author_name", nullable = false, length = 200)
    public String authorName;

    @Column(name = "written_at", nullable = false)
    public Instant writtenAt;

    @Column(name = "edited_at")
    public Instant editedAt;

    @Version
    public long version;
}
