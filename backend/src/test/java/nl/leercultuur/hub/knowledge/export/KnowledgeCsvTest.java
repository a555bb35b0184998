package nl.leercultuur.hub.knowledge.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.leercultuur.hub.knowledge.KnowledgeStatus;
import nl.leercultuur.hub.knowledge.KnowledgeType;
import nl.leercultuur.hub.knowledge.KnowledgeVisibility;
import nl.leercultuur.hub.knowledge.LearningForm;
import nl.leercultuur.hub.knowledge.dto.KnowledgeItemSummaryDto;
import nl.leercultuur.hub.shared.i18n.Messages;
import org.junit.jupiter.api.Test;

/** Plain JUnit: the CSV export for tools (English) and for Dutch Excel. */
class KnowledgeCsvTest {

    private static final KnowledgeItemSummaryDto ITEM = new KnowledgeItemSummaryDto(
            UUID.fromString("11111111-2222-3333-4444-555555555555"), "s", KnowledgeType.PRACTICE_EXAMPLE, "Leren, samen",
            "Kort", List.of("Vos, M."), null, 2024, null, "nl", List.of("feedback"), List.of(LearningForm.INFORMAL),
            List.of(), List.of(), KnowledgeVisibility.PUBLIC, KnowledgeStatus.PUBLISHED, null, null, Instant.EPOCH,
            Instant.parse("2026-01-02T03:04:05Z"), 1, List.of(), List.of(), null);

    private static String[] lines(String language) {
        StringWriter out = new StringWriter();
        new KnowledgeCsv(out, Messages.forLanguage(language)).accept(ITEM);
        assertTrue(out.toString().startsWith("\uFEFF"), "starts with a byte order mark");
        return out.toString().substring(1).split("\r\n");
    }

    @Test
    void shouldWriteCommaSeparatedApiNamesInEnglish() {
        String[] lines = lines("en");
        assertTrue(lines[0].startsWith("id,title,type,authors,"), lines[0]);
        assertEquals("11111111-2222-3333-4444-555555555555,\"Leren, samen\",PRACTICE_EXAMPLE,\"Vos, M.\",,2024,Kort,"
                + "feedback,INFORMAL,,,nl,,PUBLIC,PUBLISHED,2026-01-02T03:04:05Z", lines[1]);
    }

    @Test
    void shouldWriteSemicolonSeparatedDutchLabelsForDutchExcel() {
        String[] lines = lines("nl-NL,nl;q=0.9");
        assertTrue(lines[0].startsWith("id;Titel;Soort;Auteurs;Uitgever;Jaar van uitgave;"), lines[0]);
        assertEquals("11111111-2222-3333-4444-555555555555;\"Leren, samen\";Praktijkvoorbeeld;\"Vos, M.\";;2024;Kort;feedback;"
                + "Informeel leren;;;nl;;Openbaar;Gepubliceerd;2026-01-02T03:04:05Z", lines[1]);
    }
}
