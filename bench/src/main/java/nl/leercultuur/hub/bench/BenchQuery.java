package nl.leercultuur.hub.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.leercultuur.hub.knowledge.search.KnowledgeSearchParams;
import nl.leercultuur.hub.knowledge.search.SearchCriteria;

/**
 * One search, as the web app would send it. The same parameters become the API's query string and, through
 * the backend's own {@link KnowledgeSearchParams#toCriteria()}, the {@link SearchCriteria} of the OpenSearch side.
 */
record BenchQuery(List<Map.Entry<String, String>> params) {

    static BenchQuery of(String... keyValues) {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.add(Map.entry(keyValues[i], keyValues[i + 1]));
        }
        return new BenchQuery(List.copyOf(params));
    }

    String queryString() {
        return params.stream()
                .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** Parsed exactly as the API parses it (same class, same defaults: page 0, size 20, relevance or newest). */
    SearchCriteria criteria() {
        KnowledgeSearchParams p = new KnowledgeSearchParams();
        for (Map.Entry<String, String> param : params) {
            String value = param.getValue();
            switch (param.getKey()) {
                case "q" -> p.q = value;
                case "type" -> p.type = add(p.type, value);
                case "theme" -> p.theme = add(p.theme, value);
                case "learningForm" -> p.learningForm = add(p.learningForm, value);
                case "sector" -> p.sector = add(p.sector, value);
                case "targetGroup" -> p.targetGroup = add(p.targetGroup, value);
                case "year" -> p.year = add(p.year, value);
                case "sort" -> p.sort = value;
                case "page" -> p.page = value;
                case "size" -> p.size = value;
                default -> throw new IllegalArgumentException("benchmark query parameter not supported: " + param.getKey());
            }
        }
        return p.toCriteria();
    }

    private static List<String> add(List<String> list, String value) {
        List<String> result = list == null ? new ArrayList<>() : list;
        result.add(value);
        return result;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
