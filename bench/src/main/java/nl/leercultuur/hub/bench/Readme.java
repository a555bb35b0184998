package nl.leercultuur.hub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Puts the latest run's report into bench/README.md, between two marker lines (the rest stays as written). */
final class Readme {

    static final String START = "<!-- bench:latest-run:start -->";
    static final String END = "<!-- bench:latest-run:end -->";

    private Readme() {
    }

    static void replaceResults(Path readme, String report) throws IOException {
        String text = Files.readString(readme);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException(readme + " has no " + START + " … " + END + " section for the results");
        }
        Files.writeString(readme, text.substring(0, start + START.length()) + "\n\n" + report.strip() + "\n\n"
                + text.substring(end));
    }
}
