import type ui from '../../locales/en/ui.json';
import type safety from '../../locales/en/safety.json';

/**
 * Keys are typed from the English files (the source of keys): a typo in t('…') fails typecheck.
 * A feature's own string file (locales/en/<feature>.json) is added here under its name.
 */
type Strings = typeof ui & { safety: typeof safety };

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: Strings };
  }
}
