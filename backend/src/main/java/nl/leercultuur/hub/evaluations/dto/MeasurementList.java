package nl.leercultuur.hub.evaluations.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeasurementList", description = "A pilot's measurement waves, oldest first")
public record MeasurementList(@Schema(required = true, maxItems = 100) List<MeasurementDto> items) {
}
