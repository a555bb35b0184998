package nl.leercultuur.hub.knowledge;

import static nl.leercultuur.hub.shared.text.Texts.blankToNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import nl.leercultuur.hub.knowledge.dto.KnowledgeItemDto;
import nl.leercultuur.hub.knowledge.dto.KnowledgeItemRef;
import nl.leercultuur.hub.knowledge.dto.KnowledgeItemFields;
import nl.leercultuur.hub.knowledge.dto.StatusChangeDto;

/** Between knowledge entities and their DTOs: the only place that knows both shapes. */
final class KnowledgeMapper {

    private KnowledgeMapper() {
    }

    static KnowledgeItemDto toDto(KnowledgeItem item, KnowledgeAccessPolicy.Allowed allowed) {
        return new KnowledgeItemDto(item.id, item.slug, item.type, item.title, item.summary, item.body,
                List.copyOf(item.authors), item.publisher, item.publicationYear, item.url, item.language,
                List.copyOf(item.themes), item.learningForms.stream().map(LearningForm::valueOf).toList(),
                List.copyOf(item.sectors), List.copyOf(item.targetGroups), item.visibility, item.status, item.pilotId,
                item.submittedByName == null ? null : new KnowledgeItemDto.Person(item.submittedBySubject, item.submittedByName),
                item.createdAt, item.updatedAt, item.version, allowed.actions(), allowed.transitions());
    }

    /** An item as other features and short lists refer to it. */
    static KnowledgeItemRef toRef(KnowledgeItem item) {
        return new KnowledgeItemRef(item.id, item.slug, item.title, item.type, item.publicationYear);
    }

    static StatusChangeDto toDto(KnowledgeStatusChange change) {
        return new StatusChangeDto(change.fromStatus, change.toStatus, change.comment, change.actorName, change.at);
    }

    /** Copies the content of a create or update request onto the entity, trimmed and without duplicates. */
    static void apply(KnowledgeItem item, KnowledgeItemFields request) {
        item.type = request.type();
        item.title = request.title().strip();
        item.summary = request.summary().strip();
        item.body = request.body() == null ? "" : request.body();
        item.authors = cleanList(request.authors());
        item.publisher = blankToNull(request.publisher());
        item.publicationYear = request.publicationYear();
        item.url = blankToNull(request.url());
        item.language = request.language() == null ? "nl" : request.language();
        item.themes = cleanList(request.themes());
        item.learningForms = request.learningForms() == null ? new ArrayList<>()
                : new ArrayList<>(new LinkedHashSet<>(request.learningForms()).stream().map(LearningForm::name).toList());
        item.sectors = cleanList(request.sectors());
        item.targetGroups = cleanList(request.targetGroups());
        item.visibility = request.visibility() == null ? KnowledgeVisibility.PUBLIC : request.visibility();
    }

    private static List<String> cleanList(List<String> values) {
        if (values == null) {
            return new ArrayList<>();
        }
        return new ArrayList<>(new LinkedHashSet<>(values.stream().map(String::strip).toList()));
    }
}
