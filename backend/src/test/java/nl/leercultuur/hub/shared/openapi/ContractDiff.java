package nl.leercultuur.hub.shared.openapi;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/** openapi-diff between the committed contract and a new document: what changed, and whether it breaks clients. */
record ContractDiff(boolean unchanged, boolean breaking, String report) {

    static ContractDiff between(String committed, String current) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(committed, current);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new ContractDiff(diff.isUnchanged(), diff.isIncompatible(), out.toString(StandardCharsets.UTF_8));
    }
}
