import type { ComponentType } from 'react';
import type { SectionProps, SectionSlot } from './feature';

/** The sections the features registered per slot (the app registers them at start-up, in src/app/features.ts). */
const registry = new Map<SectionSlot, { id: string; Section: ComponentType<SectionProps> }[]>();

export function registerSection(slot: SectionSlot, id: string, Section: ComponentType<SectionProps>) {
  const list = registry.get(slot) ?? [];
  registry.set(slot, [...list.filter((entry) => entry.id !== id), { id, Section }]);
}

/**
 * The sections other features add to this place of a page, in the order the features were registered; a page renders
 * `<FeatureSections slot="organization" organizationId={…} />` without knowing which features fill it.
 */
export function FeatureSections({ slot, ...props }: { slot: SectionSlot } & SectionProps) {
  return (
    <>
      {(registry.get(slot) ?? []).map(({ id, Section }) => (
        <Section key={id} {...props} />
      ))}
    </>
  );
}
