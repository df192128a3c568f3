/**
 * Phone numbers inside running text ("call the call centre: +7 499 238-36-20"), found so that the
 * screen can make each one a tap-to-call link. Only full international numbers (+ and 7–15 digits)
 * and Russia's national form (8 and 10 digits, dialled as +7) are taken; anything shorter stays text.
 */
const CANDIDATE = /(?:\+\d|\b8)[\d\s\-()]{8,}\d/g;

export type TextPart = { text: string } | { text: string; tel: string };

/** The E.164 form of a written number, or undefined when it is not a full number. */
export function writtenNumberToE164(written: string): string | undefined {
  const digits = written.replace(/\D/g, '');
  if (written.trim().startsWith('+'))
    return digits.length >= 7 && digits.length <= 15 ? `+${digits}` : undefined;
  return digits.length === 11 && digits.startsWith('8') ? `+7${digits.slice(1)}` : undefined;
}

export function splitPhoneNumbers(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const written = match[0].trim();
    const tel = writtenNumberToE164(written);
    const at = match.index ?? 0;
    if (!tel) continue;
    if (at > last) parts.push({ text: text.slice(last, at) });
    parts.push({ text: written, tel });
    last = at + written.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
