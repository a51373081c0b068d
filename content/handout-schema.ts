// The shape of a condition's patient handout: a plain title, key points and home actions
// tied to the sections they come from, and the drawings that go with list items. Data only.
import type { Localized } from './schema';

/** A sentence that is shown only when the therapist chose the section it comes from. */
export interface SectionPoint {
  readonly id: string;
  /** The section (id) this point summarises; its leaflet passage is quoted beside the data. */
  readonly section: string;
  /** May hold `{threshold}`. */
  readonly text: Localized;
}

export interface Drawing {
  /** The list item (a practical tip or a compressive position) this drawing shows. */
  readonly item: string;
  /** File name in `assets/drawings/`, without `.svg`. */
  readonly file: string;
  readonly alt: Localized;
}

export interface HandoutContent {
  /** The title a patient recognises, and the medical term under it. */
  readonly title: Localized;
  readonly subtitle: Localized;
  /** Key points in order of importance; the first five whose section was chosen are shown. */
  readonly keyPoints: readonly SectionPoint[];
  /** "Dit ga ik doen": what a chosen section asks the patient to do (tips are added as they are). */
  readonly homeActions: readonly SectionPoint[];
  readonly drawings: readonly Drawing[];
  /** Heading for the practical tips when they were given without their section. */
  readonly tipsHeading: Localized;
  /** The section whose text the 0–10 pain picture illustrates, and the picture's words. */
  readonly painRuleSection: string;
  readonly painScale: {
    /** Under the acceptable zone; may hold `{threshold}`. */
    readonly zone: Localized;
    /** The condition beside the scale, in words. */
    readonly condition: Localized;
    /** The whole picture for screen readers; may hold `{threshold}`. */
    readonly label: Localized;
    /** Shown when the practice's threshold differs from the leaflet's; may hold `{threshold}`. */
    readonly practiceThreshold: Localized;
  };
}
