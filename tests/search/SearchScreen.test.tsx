// @vitest-environment jsdom
/**
 * The search screen, rendered with the real router (routes inside the hash), the real i18n and the
 * real content, read through the same reader the app uses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Route, Router, Switch } from 'wouter';
import { useHashPath, useHashSearch } from '../../src/app/hashLocation';
import { LanguageScope } from '../../src/app/LanguageScope';
import { buildPack } from '../../src/content/build/pack';
import { ContentProvider } from '../../src/content/ContentProvider';
import { memoryReader } from '../../src/content/reader';
import type { Pack } from '../../src/content/schema';
import type { ContentState } from '../../src/content/startup';
import { SearchScreen } from '../../src/features/search/SearchScreen';
import { setupI18n } from '../../src/i18n/setup';
import { TODAY } from '../fixtures/today';

const ROOT = join(import.meta.dirname, '..', '..');
let pack: Pack;
let start: () => Promise<ContentState>;

beforeAll(async () => {
  const result = await buildPack(ROOT, { today: TODAY });
  if (!result.ok) throw new Error('the real content does not build');
  pack = result.pack;
  const state: ContentState = { status: 'ready', reader: memoryReader(pack), readOnly: true, reason: 'test' };
  start = async () => state;
  await setupI18n('en');
}, 30_000);

afterEach(cleanup);

function renderApp(hash: string) {
  history.replaceState(null, '', `/${hash}`);
  return render(
    <ContentProvider start={start}>
      <Router hook={useHashPath} searchHook={useHashSearch}>
        <Route path="/:lang" nest>
          <LanguageScope lang="en">
            <Switch>
              <Route path="/search" component={SearchScreen} />
              <Route>other screen</Route>
            </Switch>
          </LanguageScope>
        </Route>
      </Router>
    </ContentProvider>,
  );
}

const guideTitle = (id: string) => pack.guides.find((g) => g.key === `en:${id}`)?.title ?? '';
const contactName = (id: string) => pack.contacts.find((c) => c.id === id)?.name.en ?? '';
/** A result link is named by its title, then its snippet. */
const startingWith = (title: string) => (name: string) => name.startsWith(title);

describe('SearchScreen', () => {
  it('searches the ?q= of an incoming link, then removes it from the address', async () => {
    renderApp('#/en/search?q=pasport');
    const input = await screen.findByRole('searchbox', { name: 'Search topics, contacts and phrases' });
    expect((input as HTMLInputElement).value).toBe('pasport');
    expect(document.activeElement).toBe(input);
    const results = await screen.findByRole('list');
    const first = within(results).getAllByRole('link')[0];
    expect(first?.getAttribute('href')).toBe('#/en/guides/passport-taken');
    expect(first?.textContent).toContain(guideTitle('passport-taken'));
    expect(first?.querySelector('mark')?.textContent).toBe('Passport');
    expect(location.hash).toBe('#/en/search'); // the words never stay in the address or History
  });

  it('updates the results as you type, and what is typed never reaches the address', async () => {
    renderApp('#/en/search?q=pasport');
    const input = await screen.findByRole('searchbox', { name: 'Search topics, contacts and phrases' });
    await screen.findAllByRole('link', { name: startingWith(guideTitle('passport-taken')) });
    const entries = history.length;
    fireEvent.change(input, { target: { value: 'q' } });
    fireEvent.change(input, { target: { value: 'qa' } });
    fireEvent.change(input, { target: { value: 'qarz' } });
    expect(location.hash).toBe('#/en/search');
    expect(document.title).not.toContain('qarz');
    expect(history.length).toBe(entries);
    const debts = pack.guides.find((g) => g.key === 'uz:debts')?.title ?? '';
    const hit = await screen.findByRole('link', { name: startingWith(debts) });
    expect(hit.getAttribute('href')).toBe('#/en/guides/debts');
    expect(hit.textContent).toContain('Found in Oʻzbekcha');
  });

  it('says when nothing matched and offers the emergency numbers and the embassy', async () => {
    renderApp('#/en/search?q=zzxqvw');
    await screen.findByText('Nothing found for “zzxqvw”.');
    for (const id of ['emergency-ru', 'emergency-uz', 'embassy-moscow']) {
      const link = await screen.findByRole('link', { name: contactName(id) });
      expect(link.getAttribute('href')).toBe(`#/en/contacts/${id}`);
    }
  });
});

describe('the first download', () => {
  it('does not pull the index or MiniSearch in through the screen chrome', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/from 'minisearch'|searchIndex|SearchScreen/);
      for (const [, spec] of source.matchAll(/from '(\.[^']+)'/g)) {
        const target = resolve(dirname(file), spec ?? '');
        if (/\.(css|json)$/.test(target)) continue;
        const candidates = [`${target}.ts`, `${target}.tsx`, join(target, 'index.ts')];
        visit(candidates.find((c) => existsSync(c)) ?? `${target}.ts`);
      }
    };
    visit(join(ROOT, 'src/app/Layout.tsx'));
    expect(seen.size).toBeGreaterThan(1);
  });
});
