import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { Role } from '../auth/roles';

/** An entry of the main navigation that a feature brings. */
export interface NavEntry {
  to: string;
  /** Translation key of the label (in the feature's own texts). */
  labelKey: string;
  /** Place in the menu: lower comes first. */
  order: number;
  /** Only the exact path is "current" (for a section's start page). */
  end?: boolean;
  /** Shown only to signed-in people with one of these roles; absent: to everyone. */
  roles?: Role[];
  /** Not shown to people with one of these roles (e.g. a partner's menu entry that staff see under another name). */
  hideFor?: Role[];
}

/** Texts of a feature per language; merged into the app's texts when the feature is registered. */
export interface FeatureTexts {
  nl: Record<string, unknown>;
  en: Record<string, unknown>;
}

/**
 * A feature of the web app: its pages (routes below the app's layout), its navigation entries and its texts. The app
 * collects the features from one list (src/app/features.ts); a feature imports nothing from the app or from another
 * feature (ESLint holds these boundaries).
 */
export interface Feature {
  id: string;
  routes: RouteObject[];
  nav: NavEntry[];
  texts: FeatureTexts;
  /**
   * Rendered by the layout on every page, above the page itself (renders nothing or redirects): e.g. the
   * community's first-sign-in onboarding, which sends a partner without a profile to the profile editor.
   */
  Watcher?: ComponentType;
  /**
   * Sections this feature adds to another feature's pages (see shared/sections.tsx), e.g. the pilots an
   * organisation takes part in on the community's organisation page. The page shows them without knowing the feature.
   */
  sections?: Partial<Record<SectionSlot, ComponentType<SectionProps>>>;
}

/** The places on a page where other features may add a section. */
export type SectionSlot = 'organization' | 'member' | 'pilot';

/** What a section is told about the page it is shown on. */
export interface SectionProps {
  /** The organisation of the page (or of the member on a member page). */
  organizationId?: string;
  organizationName?: string;
  memberId?: string;
  /** The pilot of the page. */
  pilotId?: string;
  pilotTitle?: string;
}

/** A lazy route: the page's code is loaded when the route is first visited. */
export function lazyPage(load: () => Promise<{ default: ComponentType }>): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: (await load()).default }) };
}

/** Is the entry for someone with these roles (signed in or not)? */
export function isNavEntryFor(entry: NavEntry, hasRole: (...roles: Role[]) => boolean): boolean {
  if (entry.roles && !hasRole(...entry.roles)) return false;
  return !(entry.hideFor && hasRole(...entry.hideFor));
}
