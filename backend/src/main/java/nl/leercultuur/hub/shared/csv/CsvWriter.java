package nl.leercultuur.hub.shared.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 CSV for spreadsheet users: comma (or semicolon) separated, CRLF line ends, quotes doubled, and cells that a spreadsheet
 * would run as a formula (=, +, -, @, tab, CR) prefixed with an apostrophe (CSV injection).
 */
public final class CsvWriter {

    /** Written first so that Excel opens the file as UTF-8. */
    public static final String BOM = "\uFEFF";

    private final Writer out;
    private final char separator;

    /** Comma separated (RFC 4180), as tools and English-language spreadsheets read it. */
    public CsvWriter(Writer out) {
        this(out, ',');
    }

    /** With another separator: {@code ;} for Dutch Excel, where the comma is the decimal sign. */
    public CsvWriter(Writer out, char separator) {
        this.out = out;
        this.separator = separator;
    }

    public void row(List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(separator);
                }
                out.write(cell(cells.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = value;
        char first = safe.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            safe = "'" + safe;
        }
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0
                || safe.indexOf(';') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
