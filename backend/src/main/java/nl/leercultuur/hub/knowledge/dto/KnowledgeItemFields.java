package nl.leercultuur.hub.knowledge.dto;

import java.util.List;
import nl.leercultuur.hub.knowledge.KnowledgeType;
import nl.leercultuur.hub.knowledge.KnowledgeVisibility;
import nl.leercultuur.hub.knowledge.LearningForm;

/** The content fields that create and update requests share, so that one mapper applies either. */
public interface KnowledgeItemFields {

    KnowledgeType type();

    String title();

    String summary();

    String body();

    List<String> authors();

    String publisher();

    Integer publicationYear();

    String url();

    String language();

    List<String> themes();

    List<LearningForm> learningForms();

    List<String> sectors();

    List<String> targetGroups();

    KnowledgeVisibility visibility();
}
