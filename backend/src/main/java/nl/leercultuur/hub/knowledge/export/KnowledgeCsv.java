package nl.leercultuur.hub.knowledge.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Consumer;
import nl.leercultuur.hub.knowledge.dto.KnowledgeItemSummaryDto;
import nl.leercultuur.hub.shared.csv.CsvWriter;
import nl.leercultuur.hub.shared.i18n.Messages;

/**
 * The knowledge list as CSV. In English (the default, for tools): comma separated with the API's field names and enum
 * values. In Dutch (Accept-Language: nl): what Dutch Excel opens directly, semicolon separated with Dutch column
 * names and labels. Both start with a byte order mark so that spreadsheets read UTF-8.
 */
public final class KnowledgeCsv implements Consumer<KnowledgeItemSummaryDto> {

    private static final List<String> COLUMNS = List.of("id", "title", "type", "authors", "publisher", "publicationYear",
            "summary", "themes", "learningForms", "sectors", "targetGroups", "language", "url", "visibility", "status",
            "updatedAt");

    private final CsvWriter csv;
    private final Messages messages;
    private final boolean labelled;

    /** Writes the byte order mark and the header row. */
    public KnowledgeCsv(Writer out, Messages messages) {
        this.messages = messages;
        this.labelled = messages.locale().getLanguage().equals(Messages.DUTCH.getLanguage());
        this.csv = new CsvWriter(out, labelled ? ';' : ',');
        try {
            out.write(CsvWriter.BOM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        csv.row(labelled ? COLUMNS.stream().map(c -> messages.get("hub.csv.knowledge." + c)).toList() : COLUMNS);
    }

    @Override
    public void accept(KnowledgeItemSummaryDto item) {
        csv.row(List.of(item.id().toString(), item.title(), label("type", item.type()), String.join("; ", item.authors()),
                orEmpty(item.publisher()), item.publicationYear() == null ? "" : item.publicationYear().toString(),
                item.summary(), String.join("; ", item.themes()),
                String.join("; ", item.learningForms().stream().map(f -> label("learning-form", f)).toList()),
                String.join("; ", item.sectors()), String.join("; ", item.targetGroups()), item.language(),
                orEmpty(item.url()), label("visibility", item.visibility()), label("status", item.status()),
                item.updatedAt().toString()));
    }

    private String label(String kind, Enum<?> value) {
        return labelled ? messages.get("hub.label." + kind + "." + value.name()) : value.name();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
