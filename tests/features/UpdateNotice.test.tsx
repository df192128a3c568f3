// @vitest-environment jsdom
/**
 * The notice on every screen after an online check: a refused update, one that needs a newer app,
 * and texts the browser deleted each have their own words (which checks raise no notice at all is
 * in checkResult.test.ts), and a refusal the full disk could not record is still shown.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import updates from '../../locales/en/updates.json';
import { ContentProvider } from '../../src/content/ContentProvider';
import { databaseReader, type ContentReader } from '../../src/content/reader';
import { checkForUpdateNow } from '../../src/content/updates';
import { rememberCheck } from '../../src/content/updates/latestCheck';
import { db } from '../../src/db';
import { installPack } from '../../src/db/contentPack';
import { getLastUpdateCheck, recordUpdateCheck } from '../../src/db/updateStatus';
import { UpdateNotice } from '../../src/features/updates/UpdateNotice';
import { makePack } from '../fixtures/packs';
import { makeSignedPack } from '../fixtures/signedPacks';

const ready = async () => ({
  status: 'ready' as const,
  reader: databaseReader as ContentReader,
  readOnly: false as const,
});
const at = (minute: number) => `2026-12-05T10:${String(minute).padStart(2, '0')}:00.000Z`;

beforeAll(async () => {
  await i18next.use(initReactI18next).init({ lng: 'en', resources: { en: { translation: { updates } } } });
});
beforeEach(async () => {
  await db.open();
  await db.contentMeta.clear();
  rememberCheck({ checkedAt: at(0), result: 'up-to-date' });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function show() {
  render(
    <ContentProvider start={ready}>
      <UpdateNotice />
    </ContentProvider>,
  );
}

describe('UpdateNotice', () => {
  it('a refused update: the safety notice with its reason', async () => {
    await recordUpdateCheck(db, { checkedAt: at(1), result: 'rejected', reason: 'hash' });
    show();
    expect((await screen.findByTestId('update-rejected')).textContent).toBe(
      `${updates.rejectedNotice} ${updates.reason.hash}`,
    );
  });

  it('an update that needs a newer app, and texts the browser deleted: each its own words', async () => {
    await recordUpdateCheck(db, { checkedAt: at(1), result: 'rejected', reason: 'app-too-old' });
    show();
    expect((await screen.findByTestId('update-needs-app')).textContent).toBe(updates.needsAppNotice);
    cleanup();
    await recordUpdateCheck(db, { checkedAt: at(2), result: 'failed', reason: 'content-lost' });
    show();
    expect((await screen.findByTestId('update-content-lost')).textContent).toBe(
      updates.reason['content-lost'],
    );
    expect(screen.queryByText(updates.rejectedNotice, { exact: false })).toBeNull();
  });

  it('a refused update the full disk could not record is still shown', async () => {
    await installPack(db, await makePack(1), 'built-in');
    const tampered = structuredClone(await makeSignedPack(2, ' new'));
    const phone = tampered.contacts[0]?.phones[0];
    if (phone) phone.number = '+79990000000';
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(tampered)));
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.contentMeta.hook('creating', full);
    db.contentMeta.hook('updating', full);
    show();
    // The shipped key did not sign the fixture, so the refusal is "signature": refused all the same.
    await act(async () => void (await checkForUpdateNow()));
    db.contentMeta.hook('creating').unsubscribe(full);
    db.contentMeta.hook('updating').unsubscribe(full);
    expect(await getLastUpdateCheck(db)).toBeUndefined(); // nothing could be written
    expect((await screen.findByTestId('update-rejected')).textContent).toContain(updates.rejectedNotice);
  });
});
