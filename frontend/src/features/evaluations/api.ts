import type { components } from '../../api/schema';

type Schemas = components['schemas'];
export type Survey = Schemas['Survey'];
export type SurveyResponseRequest = Schemas['SurveyResponseRequest'];
export type Instrument = Schemas['Instrument'];
export type InstrumentPage = Schemas['InstrumentPage'];
export type InstrumentRequest = Schemas['InstrumentRequest'];
export type Measurement = Schemas['Measurement'];
export type MeasurementList = Schemas['MeasurementList'];
export type MeasurementRequest = Schemas['MeasurementRequest'];
export type MeasurementResults = Schemas['MeasurementResults'];
export type DimensionResult = Schemas['DimensionResult'];
export type DimensionComparison = Schemas['DimensionComparison'];
