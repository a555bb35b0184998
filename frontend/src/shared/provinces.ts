import type { components } from '../api/schema';

export type Province = components['schemas']['Province'];

/** The twelve provinces, north to south (labels: `shared.province.<code>`). */
export const PROVINCES: readonly Province[] = ['GRONINGEN', 'FRIESLAND', 'DRENTHE', 'OVERIJSSEL', 'FLEVOLAND', 'GELDERLAND',
  'UTRECHT', 'NOORD_HOLLAND', 'ZUID_HOLLAND', 'ZEELAND', 'NOORD_BRABANT', 'LIMBURG'];
