/**
 * Reading aloud with the phone's own voices (offline where the phone has the voice installed).
 * Voices load asynchronously on Android, so the list is read again when it changes; a missing
 * voice is reported as `null` so the screen can say so and offer something else.
 */
import { useEffect, useState } from 'react';

const supported = () => typeof window !== 'undefined' && 'speechSynthesis' in window;

function findVoice(language: string): SpeechSynthesisVoice | undefined {
  if (!supported()) return undefined;
  return speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().replace('_', '-').startsWith(language));
}

/** A voice for the language ("ru", "uz", "en"): `null` when there is none, `undefined` while loading. */
export function useVoice(language: string): SpeechSynthesisVoice | null | undefined {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null | undefined>(() =>
    supported() ? findVoice(language) : null,
  );
  useEffect(() => {
    if (!supported()) return;
    const update = () => setVoice(findVoice(language) ?? null);
    speechSynthesis.addEventListener('voiceschanged', update);
    // Some browsers never fire voiceschanged when they have no voices at all.
    const timer = setTimeout(update, 1500);
    return () => {
      speechSynthesis.removeEventListener('voiceschanged', update);
      clearTimeout(timer);
    };
  }, [language]);
  return voice;
}

export function speak(text: string, voice: SpeechSynthesisVoice, onEnd?: () => void): void {
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = 0.9; // a little slower: the listener may be in a hurry, in a noisy place, or read with difficulty
  if (onEnd) utterance.addEventListener('end', onEnd);
  speechSynthesis.speak(utterance);
}

// Pause, resume and stop do nothing where the browser has no speech (some in-app browsers): a
// screen can call them, even when it is closing, without checking first.
export function pauseSpeaking(): void {
  if (supported()) speechSynthesis.pause();
}

export function resumeSpeaking(): void {
  if (supported()) speechSynthesis.resume();
}

export function stopSpeaking(): void {
  if (supported()) speechSynthesis.cancel();
}
