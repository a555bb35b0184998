package nl.leercultuur.hub.knowledge.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.leercultuur.hub.knowledge.KnowledgeStatus;
import nl.leercultuur.hub.knowledge.KnowledgeType;
import nl.leercultuur.hub.knowledge.KnowledgeVisibility;
import nl.leercultuur.hub.knowledge.LearningForm;
import nl.leercultuur.hub.knowledge.dto.KnowledgeItemDto;
import org.junit.jupiter.api.Test;

/** Plain JUnit: citation formats from a knowledge item, no Quarkus. */
class CitationsTest {

    private static final UUID ID = UUID.fromString("11111111-2222-3333-4444-555555555555");

    private static KnowledgeItemDto item(KnowledgeType type, List<String> authors, String publisher, Integer year, String url) {
        return new KnowledgeItemDto(ID, "slug", type, "Leren in het mkb", "Een samenvatting\nover twee regels.", "",
                authors, publisher, year, url, "nl", List.of("leiderschap", "feedback"), List.of(LearningForm.INFORMAL),
                List.of(), List.of(), KnowledgeVisibility.PUBLIC, KnowledgeStatus.PUBLISHED, null, null, Instant.EPOCH,
                Instant.EPOCH, 0, List.of(), List.of());
    }

    @Test
    void shouldWriteApaWithAmpersandBeforeTheLastAuthor() {
        assertEquals("Vos, M., Jansen, B., & Bos, C. (2020). Leren in het mkb. SER. https://example.nl/r",
                Citations.apa(item(KnowledgeType.RESEARCH, List.of("Vos, M.", "Jansen, B.", "Bos, C."), "SER", 2020,
                        "https://example.nl/r")));
    }

    @Test
    void shouldUseThePublisherAsCreatorAndNdWithoutAuthorsOrYear() {
        assertEquals("SER. (n.d.). Leren in het mkb.", Citations.apa(item(KnowledgeType.ARTICLE, List.of(), "SER", null, null)));
    }

    @Test
    void shouldWriteRisWithCrlfAndOneLineAbstract() {
        String ris = Citations.ris(item(KnowledgeType.RESEARCH, List.of("Vos, M."), "SER", 2020, null));
        assertTrue(ris.startsWith("TY  - RPRT\r\n"), ris);
        assertTrue(ris.contains("AB  - Een samenvatting over twee regels.\r\n"), ris);
        assertTrue(ris.contains("KW  - leiderschap\r\nKW  - feedback\r\n"), ris);
        assertTrue(ris.endsWith("ER  - \r\n"), ris);
    }

    @Test
    void shouldWriteBibtexWithAReadableKeyAndEscapes() {
        KnowledgeItemDto research = item(KnowledgeType.RESEARCH, List.of("Vos, M."), "SER & TNO", 2022, null);
        String bib = Citations.bibtex(research);
        assertTrue(bib.startsWith("@techreport{vos2022leren,\n"), bib);
        assertTrue(bib.contains("  institution = {SER \\& TNO},\n"), bib);
        assertTrue(bib.endsWith("}\n"), bib);
    }
}
