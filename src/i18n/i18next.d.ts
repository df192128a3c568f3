import type ui from '../../locales/en/ui.json';
import type safety from '../../locales/en/safety.json';
import type search from '../../locales/en/search.json';
import type card from '../../locales/en/card.json';
import type phrases from '../../locales/en/phrases.json';
import type updates from '../../locales/en/updates.json';
import type share from '../../locales/en/share.json';

/**
 * Keys are typed from the English files (the source of keys): a typo in t('…') fails typecheck.
 * A feature's own string file (locales/en/<feature>.json) is added here under its name.
 */
type Strings = typeof ui & { safety: typeof safety } & { search: typeof search } & {
  card: typeof card;
  phrases: typeof phrases;
} & { updates: typeof updates } & { share: typeof share };

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: Strings };
  }
}
