package nl.leercultuur.hub.pilots;

import java.util.ArrayList;
import java.util.List;
import nl.leercultuur.hub.pilots.dto.InterventionTypeDto;
import nl.leercultuur.hub.pilots.dto.InterventionTypeRequest;

/** Between the pilots feature's entities and its DTOs. */
final class PilotMapper {

    private PilotMapper() {
    }

    static InterventionTypeDto toDto(InterventionType type) {
        return new InterventionTypeDto(type.id, type.code, type.labelNl, type.labelEn, type.descriptionNl, type.descriptionEn,
                List.copyOf(type.ingredientsNl), List.copyOf(type.ingredientsEn), type.version);
    }

    static void apply(InterventionType type, InterventionTypeRequest request) {
        type.labelNl = request.labelNl().strip();
        type.labelEn = request.labelEn().strip();
        type.descriptionNl = request.descriptionNl().strip();
        type.descriptionEn = request.descriptionEn().strip();
        type.ingredientsNl = new ArrayList<>(request.ingredientsNl().stream().map(String::strip).toList());
        type.ingredientsEn = new ArrayList<>(request.ingredientsEn().stream().map(String::strip).toList());
    }
}
