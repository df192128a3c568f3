/**
 * The one schema for content: the pack the build writes, the rows the database holds and the
 * updates the app accepts all pass through these definitions (parse, don't cast).
 * Objects are strict so that unknown fields, a common vehicle for smuggled payloads, are rejected.
 */
import * as v from 'valibot';
import { LANG_CODES } from '../i18n/languages';

import {
  CATEGORIES,
  CONFIDENCE,
  CONTACT_KINDS,
  CONTACT_ROLES,
  LINK_HREF,
  MAX_PACK_VERSION,
  PACK_FORMAT,
  SECTION_KEYS,
  SITUATIONS,
} from './constants';

export {
  CATEGORIES,
  CONFIDENCE,
  CONTACT_KINDS,
  CONTACT_ROLES,
  LINK_HREF,
  REQUIRED_SECTIONS,
  SECTION_KEYS,
  SITUATIONS,
  PACK_FORMAT,
} from './constants';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SOURCE_DATE = /^(\d{4}(-\d{2}(-\d{2})?)?|undated)$/;

const Text = v.pipe(v.string(), v.minLength(1), v.maxLength(4000));

export type Inline =
  | { t: 'text'; v: string }
  | { t: 'strong'; c: Inline[] }
  | { t: 'em'; c: Inline[] }
  | { t: 'link'; href: string; c: Inline[] };

export const InlineSchema: v.GenericSchema<Inline> = v.variant('t', [
  v.strictObject({ t: v.literal('text'), v: v.pipe(v.string(), v.maxLength(4000)) }),
  v.strictObject({ t: v.literal('strong'), c: v.array(v.lazy(() => InlineSchema)) }),
  v.strictObject({ t: v.literal('em'), c: v.array(v.lazy(() => InlineSchema)) }),
  v.strictObject({
    t: v.literal('link'),
    href: v.pipe(v.string(), v.regex(LINK_HREF)),
    c: v.array(v.lazy(() => InlineSchema)),
  }),
]);

const InlineList = v.array(InlineSchema);

export const BlockSchema = v.variant('t', [
  v.strictObject({ t: v.literal('p'), c: InlineList }),
  v.strictObject({ t: v.literal('ol'), items: v.array(InlineList) }),
  v.strictObject({ t: v.literal('ul'), items: v.array(InlineList) }),
]);

export const SectionSchema = v.strictObject({
  key: v.picklist(SECTION_KEYS),
  blocks: v.array(BlockSchema),
});

export const SourceSchema = v.strictObject({
  title: Text,
  url: v.pipe(v.string(), v.regex(/^https?:\/\/\S+$/)),
  date: v.pipe(v.string(), v.regex(SOURCE_DATE)),
});

export const GuideSchema = v.strictObject({
  key: v.string(),
  id: v.pipe(v.string(), v.regex(ID)),
  lang: v.picklist(LANG_CODES),
  title: Text,
  summary: Text,
  category: v.picklist(CATEGORIES),
  order: v.pipe(v.number(), v.integer()),
  /**
   * The day the text was written (or last rewritten). Not a check against official texts: how new
   * the facts are is told by the sources' own dates. The name stays so that packs already on
   * phones, and rollbacks to them, keep parsing.
   */
  checkedOn: v.pipe(v.string(), v.regex(ISO_DATE)),
  contacts: v.array(v.pipe(v.string(), v.regex(ID))),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
  sections: v.array(SectionSchema),
});

export const LocalizedSchema = v.strictObject({ uz: Text, 'uz-Cyrl': Text, ru: Text, en: Text });

export const PhoneSchema = v.strictObject({
  number: v.pipe(v.string(), v.regex(/^\+\d{7,15}$/)),
  display: Text,
  label: LocalizedSchema,
  confidence: v.picklist(CONFIDENCE),
});

export const ShortNumberSchema = v.strictObject({
  number: v.pipe(v.string(), v.regex(/^\d{2,5}$/)),
  dialFrom: v.picklist(['RU', 'UZ']),
  label: LocalizedSchema,
  confidence: v.picklist(CONFIDENCE),
});

export const ContactSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(ID)),
  kind: v.picklist(CONTACT_KINDS),
  roles: v.optional(v.array(v.picklist(CONTACT_ROLES))),
  country: v.picklist(['RU', 'UZ', 'other']),
  order: v.pipe(v.number(), v.integer()),
  name: LocalizedSchema,
  city: v.optional(LocalizedSchema),
  address: v.optional(LocalizedSchema),
  phones: v.array(PhoneSchema),
  shortNumbers: v.array(ShortNumberSchema),
  email: v.optional(v.pipe(v.string(), v.email())),
  website: v.optional(v.pipe(v.string(), v.regex(/^https?:\/\/\S+$/))),
  telegram: v.optional(v.pipe(v.string(), v.regex(/^https:\/\/t\.me\/\S+$/))),
  note: v.optional(LocalizedSchema),
  risk: v.optional(LocalizedSchema),
  confidence: v.picklist(CONFIDENCE),
  /** The day this entry was written; see GuideSchema.checkedOn. */
  checkedOn: v.pipe(v.string(), v.regex(ISO_DATE)),
  sources: v.array(SourceSchema),
});

/** A short Russian sentence to show or play to an officer, with its translations. */
export const PhraseSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(ID)),
  order: v.pipe(v.number(), v.integer()),
  situation: v.picklist(SITUATIONS),
  text: LocalizedSchema,
  basis: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

/** A Russian federal subject and the Uzbek mission whose consular district covers it. */
export const RegionSchema = v.strictObject({
  code: v.pipe(v.string(), v.regex(/^[A-Z0-9-]{2,8}$/)),
  name: LocalizedSchema,
  federalDistrict: v.pipe(v.string(), v.regex(ID)),
  consulate: v.pipe(v.string(), v.regex(ID)),
  aliases: v.array(v.pipe(v.string(), v.maxLength(80))),
});

/**
 * What only paper needs (the wallet card sheet and the leaflet): a short label for the call centre
 * of the primary mission (its numbers come from that contact), how to cut and fold the card, and
 * three short rights lines addressed to the reader. Optional, so packs built before it still load.
 */
export const PaperSchema = v.strictObject({
  callCentre: LocalizedSchema,
  cutAndFold: LocalizedSchema,
  rightsTitle: LocalizedSchema,
  rights: v.array(
    v.strictObject({
      id: v.pipe(v.string(), v.regex(ID)),
      text: LocalizedSchema,
      basis: v.optional(LocalizedSchema),
    }),
  ),
  checkedOn: v.pipe(v.string(), v.regex(ISO_DATE)),
  sources: v.array(SourceSchema),
});

/** The card an officer reads: Russian first, the reader's language below. */
export const OfficerCardSchema = v.strictObject({
  id: v.literal('officer'),
  title: LocalizedSchema,
  lines: v.array(
    v.strictObject({
      id: v.pipe(v.string(), v.regex(ID)),
      text: LocalizedSchema,
      /** The line about a woman, where the wording differs (Russian «гражданка»). */
      female: v.optional(LocalizedSchema),
      basis: v.optional(LocalizedSchema),
    }),
  ),
  /** The day the card was written; see GuideSchema.checkedOn. */
  checkedOn: v.pipe(v.string(), v.regex(ISO_DATE)),
  sources: v.array(SourceSchema),
  paper: v.optional(PaperSchema),
});

export const PackBodySchema = v.strictObject({
  guides: v.array(GuideSchema),
  contacts: v.array(ContactSchema),
  phrases: v.array(PhraseSchema),
  regions: v.array(RegionSchema),
  cards: v.array(OfficerCardSchema),
});

/** Everything in a pack but its body: what a pack says about itself. */
const PACK_ENVELOPE = {
  format: v.literal(PACK_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_PACK_VERSION)),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  minAppVersion: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/)),
  hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  // Ed25519 over the pack header (see src/content/updates/signature.ts), lowercase hex. Optional here
  // because the built-in pack ships unsigned; every online or file update must carry one.
  signature: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{128}$/))),
};

export const PackSchema = v.strictObject({ ...PACK_ENVELOPE, ...PackBodySchema.entries });

/** The envelope alone, checked before the body is read (see verify/verifyPack.ts). */
export const PackEnvelopeSchema = v.strictObject(PACK_ENVELOPE);

export type Guide = v.InferOutput<typeof GuideSchema>;
export type Contact = v.InferOutput<typeof ContactSchema>;
export type Phone = v.InferOutput<typeof PhoneSchema>;
export type ShortNumber = v.InferOutput<typeof ShortNumberSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Section = v.InferOutput<typeof SectionSchema>;
export type Block = v.InferOutput<typeof BlockSchema>;
export type Localized = v.InferOutput<typeof LocalizedSchema>;
export type Phrase = v.InferOutput<typeof PhraseSchema>;
export type Region = v.InferOutput<typeof RegionSchema>;
export type OfficerCard = v.InferOutput<typeof OfficerCardSchema>;
export type Paper = v.InferOutput<typeof PaperSchema>;
export type Pack = v.InferOutput<typeof PackSchema>;
export type PackBody = v.InferOutput<typeof PackBodySchema>;
export type SectionKey = (typeof SECTION_KEYS)[number];
export type Category = (typeof CATEGORIES)[number];
export type ContactRole = (typeof CONTACT_ROLES)[number];
