package nl.leercultuur.hub.evaluations;

import nl.leercultuur.hub.evaluations.dto.InstrumentDto;
import nl.leercultuur.hub.evaluations.dto.MeasurementDto;

/** Entities to DTOs for the evaluations feature. */
final class EvaluationMapper {

    private EvaluationMapper() {
    }

    static InstrumentDto toDto(Instrument instrument, boolean latest) {
        return new InstrumentDto(instrument.id, instrument.code, instrument.versionNumber, latest, instrument.nameNl, instrument.nameEn,
                instrument.descriptionNl, instrument.descriptionEn,
                instrument.dimensions.stream().map(d -> new InstrumentDto.Dimension(d.code, d.labelNl, d.labelEn)).toList(),
                instrument.items.stream().map(i -> new InstrumentDto.Item(i.code, i.dimensionCode, i.textNl, i.textEn, i.reverseScored)).toList(),
                instrument.createdAt);
    }

    static MeasurementDto toDto(Measurement m, Instrument instrument, java.time.LocalDate today, boolean showToken) {
        return new MeasurementDto(m.id, m.pilotId, new MeasurementDto.InstrumentRef(instrument.id, instrument.code, instrument.versionNumber,
                instrument.nameNl, instrument.nameEn), m.wave, m.label, m.opensOn, m.closesOn, m.responseCap, m.responseCount, m.closed,
                m.isOpen(today), m.isFinished(today), showToken ? m.token : null, m.createdAt, m.version);
    }
}
