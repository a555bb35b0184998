package nl.leercultuur.hub.knowledge.search;

import io.quarkus.hibernate.search.orm.elasticsearch.SearchExtension;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The text analysis of the knowledge index: OpenSearch's Dutch stop words and Snowball stemmer (as PostgreSQL's
 * {@code dutch} configuration), after an apostrophe becomes a space, so that {@code collega's} finds
 * {@code collega} (the stock {@code dutch} analyzer keeps {@code collega'}). Titles sort lower case, without accents.
 */
@SearchExtension
public class KnowledgeSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.charFilter("apostrophe").type("mapping").param("mappings", "' => \\u0020", "’ => \\u0020", "‘ => \\u0020");
        context.tokenFilter("dutch_stop").type("stop").param("stopwords", "_dutch_");
        context.tokenFilter("dutch_stemmer").type("stemmer").param("language", "dutch");
        context.analyzer(KnowledgeSearchIndex.ANALYZER).custom()
                .tokenizer("standard")
                .charFilters("apostrophe")
                .tokenFilters("lowercase", "dutch_stop", "dutch_stemmer");
        context.normalizer(KnowledgeSearchIndex.SORT_NORMALIZER).custom()
                .tokenFilters("lowercase", "asciifolding");
    }
}
