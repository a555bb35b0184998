package nl.leercultuur.hub.knowledge.citation;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.leercultuur.hub.knowledge.dto.KnowledgeItemDto;
import nl.leercultuur.hub.knowledge.KnowledgeType;

/** Citation export of a knowledge item: APA 7 (plain text), RIS and BibTeX. */
public final class Citations {

    private static final Pattern NON_ALNUM = Pattern.compile("[^A-Za-z0-9]");

    private Citations() {
    }

    /** APA 7: Authors (Year). Title. Publisher. URL */
    public static String apa(KnowledgeItemDto item) {
        StringBuilder text = new StringBuilder();
        List<String> authors = item.authors();
        String creator = authors.isEmpty() ? item.publisher() : apaAuthors(authors);
        if (creator != null && !creator.isBlank()) {
            text.append(creator.strip());
            if (!creator.strip().endsWith(".")) {
                text.append('.');
            }
            text.append(' ');
        }
        text.append('(').append(item.publicationYear() == null ? "n.d." : item.publicationYear()).append("). ");
        text.append(item.title().strip());
        if (!item.title().strip().matches(".*[.?!]$")) {
            text.append('.');
        }
        if (item.publisher() != null && !item.publisher().isBlank() && !authors.isEmpty()) {
            text.append(' ').append(item.publisher().strip());
            if (!item.publisher().strip().endsWith(".")) {
                text.append('.');
            }
        }
        if (item.url() != null) {
            text.append(' ').append(item.url());
        }
        return text.toString();
    }

    private static String apaAuthors(List<String> authors) {
        if (authors.size() == 1) {
            return authors.get(0);
        }
        if (authors.size() <= 20) {
            return String.join(", ", authors.subList(0, authors.size() - 1)) + ", & " + authors.get(authors.size() - 1);
        }
        return String.join(", ", authors.subList(0, 19)) + ", … " + authors.get(authors.size() - 1);
    }

    /** RIS (Research Information Systems), CRLF line ends as reference managers expect. */
    public static String ris(KnowledgeItemDto item) {
        StringBuilder ris = new StringBuilder();
        line(ris, "TY", risType(item.type()));
        line(ris, "TI", item.title());
        item.authors().forEach(a -> line(ris, "AU", a));
        if (item.publicationYear() != null) {
            line(ris, "PY", item.publicationYear().toString());
        }
        if (item.publisher() != null) {
            line(ris, "PB", item.publisher());
        }
        line(ris, "AB", item.summary().replaceAll("\\s+", " "));
        item.themes().forEach(t -> line(ris, "KW", t));
        line(ris, "LA", item.language());
        if (item.url() != null) {
            line(ris, "UR", item.url());
        }
        line(ris, "ID", item.id().toString());
        ris.append("ER  - \r\n");
        return ris.toString();
    }

    private static void line(StringBuilder ris, String tag, String value) {
        ris.append(tag).append("  - ").append(value.replace("\r", " ").replace("\n", " ")).append("\r\n");
    }

    private static String risType(KnowledgeType type) {
        return switch (type) {
            case RESEARCH -> "RPRT";
            case ARTICLE -> "JOUR";
            case EVENT_REPORT -> "CONF";
            case INSTRUMENT, INTERVENTION, PRACTICE_EXAMPLE -> "GEN";
        };
    }

    /** BibTeX with a readable key (first author or publisher, year, first title word). */
    public static String bibtex(KnowledgeItemDto item) {
        String entry = switch (item.type()) {
            case RESEARCH -> "techreport";
            case ARTICLE -> "article";
            default -> "misc";
        };
        StringBuilder bib = new StringBuilder("@").append(entry).append('{').append(key(item)).append(",\n");
        field(bib, "title", "{" + escape(item.title()) + "}");
        if (!item.authors().isEmpty()) {
            field(bib, "author", escape(String.join(" and ", item.authors().stream().map(a -> "{" + a + "}").toList())));
        }
        if (item.publicationYear() != null) {
            field(bib, "year", item.publicationYear().toString());
        }
        if (item.publisher() != null) {
            field(bib, item.type() == KnowledgeType.RESEARCH ? "institution" : "publisher", escape(item.publisher()));
        }
        if (item.url() != null) {
            field(bib, "url", item.url());
        }
        field(bib, "language", item.language());
        field(bib, "keywords", escape(String.join(", ", item.themes())));
        bib.append("}\n");
        return bib.toString();
    }

    private static void field(StringBuilder bib, String name, String value) {
        bib.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    private static String key(KnowledgeItemDto item) {
        String who = !item.authors().isEmpty() ? item.authors().get(0) : item.publisher() != null ? item.publisher() : "anon";
        String firstWord = item.title().strip().split("\\s+")[0];
        String raw = ascii(who.split("[,\\s]")[0]) + (item.publicationYear() == null ? "nd" : item.publicationYear()) + ascii(firstWord);
        String key = NON_ALNUM.matcher(raw).replaceAll("");
        return key.isEmpty() ? "item" + item.id().toString().substring(0, 8) : key.toLowerCase(Locale.ROOT);
    }

    private static String ascii(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%").replace("$", "\\$")
                .replace("#", "\\#").replace("_", "\\_");
    }
}
