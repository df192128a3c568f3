/**
 * Links that open the phone's own apps. Calls and SMS keep working when mobile internet is cut, so
 * they come first; they are only ever built from numbers in international (E.164) form, so a
 * mistyped or local number can never dial the wrong place.
 */
const E164 = /^\+[1-9]\d{6,14}$/;
const SHORT = /^\d{2,5}$/;

export function callHref(number: string): string | undefined {
  return E164.test(number) || SHORT.test(number) ? `tel:${number}` : undefined;
}

export function smsHref(number: string): string | undefined {
  return E164.test(number) ? `sms:${number}` : undefined;
}

/** Only http(s) and t.me addresses become links; anything else is shown as text. */
export function webHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
