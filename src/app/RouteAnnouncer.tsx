/**
 * Page titles stay the app's name on every screen (browser History keeps every title, and a phone
 * may be searched), so a screen reader cannot learn the new screen from the title. This live
 * region says the new screen's heading instead, once it is on screen after a route change.
 */
import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';

function headingText(): string | undefined {
  return document.querySelector('#main h1')?.textContent?.trim() || undefined;
}

export function RouteAnnouncer() {
  const [path] = useLocation();
  const [announcement, setAnnouncement] = useState('');
  const [firstPath] = useState(path);
  useEffect(() => {
    if (path === firstPath) return; // the first screen is announced by the page load itself
    const main = document.getElementById('main');
    const announce = () => {
      const text = headingText();
      if (!text) return false;
      setAnnouncement(text);
      return true;
    };
    if (announce() || !main) return;
    // The heading may come a moment later (content read from the database): wait for it.
    const observer = new MutationObserver(() => {
      if (announce()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [path, firstPath]);
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="route-announcer">
      {announcement}
    </p>
  );
}
