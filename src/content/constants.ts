/**
 * Content vocabulary shared by the UI and the schema. Kept apart from schema.ts so that screens can
 * use it without loading the validation library, which only the (lazy) pack loader needs.
 */
/**
 * 'unclear' holds research notes (what the sources leave open); the guide screen shows it folded
 * away with the sources, not among the steps.
 */
export const SECTION_KEYS = ['do-now', 'rights', 'do-not', 'help', 'more', 'unclear'] as const;
export const REQUIRED_SECTIONS = ['do-now', 'rights', 'do-not', 'help'] as const;
export const CATEGORIES = ['urgent', 'documents', 'work-money', 'home', 'russians-in-uz'] as const;
export const CONTACT_KINDS = [
  'embassy',
  'consulate',
  'agency',
  'ombudsman',
  'ngo',
  'emergency',
  'service',
] as const;
export const CONFIDENCE = ['high', 'medium', 'low'] as const;
/**
 * What a contact is for, declared in content/contacts.yaml, so that no screen names a contact id:
 * primary-mission — the mission whose call centre heads the contacts screen and stands in for a
 *   mission with no number of its own (exactly one, with a phone);
 * emergency-numbers — the emergency services, on the leaflet and when a search finds nothing.
 */
export const CONTACT_ROLES = ['primary-mission', 'emergency-numbers'] as const;
export const SITUATIONS = ['check', 'detention', 'contract'] as const;

/**
 * Link targets the renderer knows how to open; anything else (javascript:, data:, …) is refused.
 * phrase:<id> shows that phrase full screen for the officer; card:officer opens the officer card.
 */
export const LINK_HREF =
  /^(tel:\+?\d{2,15}|contact:[a-z0-9-]+|guide:[a-z0-9-]+|phrase:[a-z0-9-]+|card:officer|https?:\/\/[^\s"'<>]+)$/;

/** The pack file format this app reads. */
export const PACK_FORMAT = 1;

/** The largest pack file the app reads (about 10 times today's), checked before anything else. */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;

/**
 * The highest pack version: a whole number people can still read and raise. Without a bound, one
 * signed `version: 1e308` would leave no newer version for any later update (pack:sign keeps it too).
 */
export const MAX_PACK_VERSION = 2 ** 31;
