import i18n from '../i18n';
import type { Feature, SectionSlot } from '../shared/feature';
import { registerSection } from '../shared/sections';
import { communityFeature } from '../features/community/feature';
import { evaluationsFeature } from '../features/evaluations/feature';
import { homeFeature } from '../features/home/feature';
import { knowledgeFeature } from '../features/knowledge/feature';
import { pilotsFeature } from '../features/pilots/feature';
import { themesFeature } from '../features/themes/feature';

/** The features of the web app. Adding one: its own folder with a feature.ts, plus one line here. */
export const FEATURES: readonly Feature[] = [homeFeature, knowledgeFeature, communityFeature, pilotsFeature, evaluationsFeature,
  themesFeature];

for (const feature of FEATURES) {
  i18n.addResourceBundle('nl', feature.texts.nl);
  i18n.addResourceBundle('en', feature.texts.en);
  for (const [slot, Section] of Object.entries(feature.sections ?? {})) {
    if (Section) registerSection(slot as SectionSlot, feature.id, Section);
  }
}

/** Every navigation entry of every feature, in menu order. */
export const NAV_ENTRIES = FEATURES.flatMap((feature) => feature.nav).sort((a, b) => a.order - b.order);

/** The watchers of the features (see Feature.Watcher), rendered by the layout on every page. */
export const WATCHERS = FEATURES.flatMap((feature) => (feature.Watcher ? [{ id: feature.id, Watcher: feature.Watcher }] : []));
