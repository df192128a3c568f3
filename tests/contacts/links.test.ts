import { describe, expect, it } from 'vitest';
import { callHref, smsHref, webHref } from '../../src/lib/links';

describe('link builders', () => {
  it.each([
    ['+74992383620', 'tel:+74992383620', 'sms:+74992383620'],
    ['+998712023355', 'tel:+998712023355', 'sms:+998712023355'],
    ['112', 'tel:112', undefined],
    ['1096', 'tel:1096', undefined],
    ['84992383620', undefined, undefined],
    ['+7 499 238-36-20', undefined, undefined],
    ['+0123456789', undefined, undefined],
    ['+7499', undefined, undefined],
    ['tel:+74992383620', undefined, undefined],
    ['javascript:alert(1)', undefined, undefined],
    ['', undefined, undefined],
  ])('%s → call %s, sms %s', (number, call, sms) => {
    expect(callHref(number)).toBe(call);
    expect(smsHref(number)).toBe(sms);
  });

  it.each([
    ['https://ovdinfo.org', 'https://ovdinfo.org/'],
    ['http://www.uzembassy.ru', 'http://www.uzembassy.ru/'],
    ['https://t.me/migratsiyaagentligi', 'https://t.me/migratsiyaagentligi'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,hi', undefined],
    ['not a url', undefined],
  ])('web link %s → %s', (url, href) => {
    expect(webHref(url)).toBe(href);
  });
});
