/** What each refusal means for an online check and which deserve a notice on every screen. */
import { describe, expect, it } from 'vitest';
import { checkResultFor, noticeFor } from '../../../src/content/updates/checkResult';
import { newestCheck } from '../../../src/content/updates/latestCheck';

describe('checkResultFor', () => {
  it('nothing new: an equal or older pack, or the site’s own unsigned pack', () => {
    expect(checkResultFor('not-newer')).toBe('up-to-date');
    expect(checkResultFor('unsigned')).toBe('up-to-date');
  });

  it('could not check: the connection, a web page or other non-JSON answer, the phone’s storage, lost content', () => {
    for (const reason of [
      'network',
      'web-page',
      'not-json',
      'truncated',
      'storage-full',
      'storage',
      'content-lost',
    ] as const)
      expect(checkResultFor(reason), reason).toBe('failed');
  });

  it('refused: everything the pack itself got wrong', () => {
    for (const reason of [
      'schema',
      'signature',
      'hash',
      'incomplete',
      'wrong-number',
      'unsafe-text',
    ] as const)
      expect(checkResultFor(reason), reason).toBe('rejected');
  });
});

describe('noticeFor', () => {
  it('a refusal is "rejected"; "needs a newer app" and lost content have their own notice', () => {
    expect(noticeFor({ result: 'rejected', reason: 'signature' })).toBe('rejected');
    expect(noticeFor({ result: 'rejected', reason: 'app-too-old' })).toBe('needs-app');
    expect(noticeFor({ result: 'failed', reason: 'content-lost' })).toBe('content-lost');
  });

  it('no notice for a connection problem, a web page, "up to date" or an update that went in', () => {
    expect(noticeFor({ result: 'failed', reason: 'network' })).toBeUndefined();
    expect(noticeFor({ result: 'failed', reason: 'web-page' })).toBeUndefined();
    expect(noticeFor({ result: 'up-to-date' })).toBeUndefined();
    expect(noticeFor({ result: 'updated' })).toBeUndefined();
  });

  it('reads records written before a reason changed its meaning as they are meant now', () => {
    // Until this version a captive portal's page and the site's unsigned pack were "rejected".
    expect(noticeFor({ result: 'rejected', reason: 'not-json' })).toBeUndefined();
    expect(noticeFor({ result: 'rejected', reason: 'unsigned' })).toBeUndefined();
  });
});

describe('newestCheck', () => {
  it('the one in memory wins only when it is newer than the recorded one', () => {
    const recorded = {
      key: 'lastCheck' as const,
      checkedAt: '2026-12-05T10:00:00.000Z',
      result: 'up-to-date' as const,
    };
    const later = {
      checkedAt: '2026-12-05T11:00:00.000Z',
      result: 'rejected' as const,
      reason: 'hash' as const,
    };
    expect(newestCheck(recorded, later)).toBe(later);
    expect(newestCheck(recorded, { ...later, checkedAt: '2026-12-05T09:00:00.000Z' })).toBe(recorded);
    expect(newestCheck(undefined, later)).toBe(later);
    expect(newestCheck(recorded, undefined)).toBe(recorded);
  });
});
