package nl.leercultuur.hub.evaluations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.leercultuur.hub.evaluations.stats.Descriptives;

/**
 * From answers to scores. A reverse-scored item counts 6 − score; "don't know" (null) is left out per item. A
 * respondent's dimension score is the mean of their item scores in it, when they scored at least half of its items; their
 * overall score is the mean of their dimension scores, when they have at least half of the dimensions.
 */
final class Scoring {

    static final String OVERALL = "overall";

    private Scoring() {
    }

    /** Per dimension code (and {@link #OVERALL}) the descriptives of the respondents who have a score on it. */
    static Map<String, Descriptives> describe(Instrument instrument, Map<?, Map<String, Integer>> responses) {
        Map<String, List<Double>> scores = new LinkedHashMap<>();
        instrument.dimensions.forEach(d -> scores.put(d.code, new ArrayList<>()));
        scores.put(OVERALL, new ArrayList<>());
        Map<String, List<InstrumentItem>> itemsByDimension = new HashMap<>();
        instrument.items.forEach(i -> itemsByDimension.computeIfAbsent(i.dimensionCode, k -> new ArrayList<>()).add(i));
        for (Map<String, Integer> answers : responses.values()) {
            List<Double> own = new ArrayList<>();
            for (InstrumentDimension dimension : instrument.dimensions) {
                Double score = dimensionScore(itemsByDimension.getOrDefault(dimension.code, List.of()), answers);
                if (score != null) {
                    scores.get(dimension.code).add(score);
                    own.add(score);
                }
            }
            if (!own.isEmpty() && 2 * own.size() >= instrument.dimensions.size()) {
                scores.get(OVERALL).add(own.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
            }
        }
        Map<String, Descriptives> result = new LinkedHashMap<>();
        scores.forEach((code, list) -> {
            if (!list.isEmpty()) {
                result.put(code, Descriptives.of(list.stream().mapToDouble(Double::doubleValue).toArray()));
            }
        });
        return result;
    }

    /** The mean of the scored items, or null when fewer than half of the dimension's items were scored. */
    static Double dimensionScore(List<InstrumentItem> items, Map<String, Integer> answers) {
        double sum = 0;
        int scored = 0;
        for (InstrumentItem item : items) {
            Integer score = answers.get(item.code);
            if (score != null) {
                sum += item.reverseScored ? 6 - score : score;
                scored++;
            }
        }
        return scored > 0 && 2 * scored >= items.size() ? sum / scored : null;
    }
}
