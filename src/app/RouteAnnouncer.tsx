/**
 * Page titles stay the app's name on every screen (browser History keeps every title, and a phone
 * may be searched), so a screen reader cannot learn the new screen from the title. This live
 * region says the new screen's heading instead, once it is on screen after a route change.
 */
import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';

const currentHeading = () => document.querySelector<HTMLElement>('#main h1');

/**
 * Kept for the page's life, not the component's: full screens (the card, a shown phrase) have no
 * chrome, so this region is mounted again when the person comes back from one.
 */
let firstScreen = true;
let last: { element: HTMLElement | null; text: string } = { element: null, text: '' };

export function RouteAnnouncer() {
  const [path] = useLocation();
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const announce = () => {
      const element = currentHeading();
      const text = element?.textContent?.trim() ?? '';
      if (!element || !text) return false;
      // Right after a route change the old screen may still be shown while the new one reads its
      // content: the heading last announced is not announced again.
      if (element === last.element && text === last.text) return false;
      last = { element, text };
      setAnnouncement(text);
      return true;
    };
    if (firstScreen) {
      // The first screen is announced by the page load itself; remember its heading.
      firstScreen = false;
      const element = currentHeading();
      last = { element, text: element?.textContent?.trim() ?? '' };
      return;
    }
    const main = document.getElementById('main');
    if (announce() || !main) return;
    const observer = new MutationObserver(() => {
      if (announce()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [path]);
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="route-announcer">
      {announcement}
    </p>
  );
}
