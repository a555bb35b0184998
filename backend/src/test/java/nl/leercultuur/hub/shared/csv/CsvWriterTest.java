package nl.leercultuur.hub.shared.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain JUnit: RFC 4180 quoting, separators and the guard against spreadsheet formulas. */
class CsvWriterTest {

    @Test
    void shouldQuoteSeparatorsQuotesAndLineBreaks() {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row(List.of("a,b", "say \"hi\"", "two\nlines", "plain", ""));
        assertEquals("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",plain,\r\n", out.toString());
    }

    @Test
    void shouldUseTheGivenSeparatorAndQuoteIt() {
        StringWriter out = new StringWriter();
        new CsvWriter(out, ';').row(List.of("a;b", "c"));
        assertEquals("\"a;b\";c\r\n", out.toString());
    }

    @Test
    void shouldDefuseCellsThatASpreadsheetWouldRunAsAFormula() {
        assertEquals("'=SUM(A1)", CsvWriter.cell("=SUM(A1)"));
        assertEquals("'+31", CsvWriter.cell("+31"));
        assertEquals("'-1", CsvWriter.cell("-1"));
        assertEquals("'@cmd", CsvWriter.cell("@cmd"));
        assertEquals("gewoon", CsvWriter.cell("gewoon"));
    }
}
