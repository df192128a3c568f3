/**
 * Small drawings of what to tap, next to each install step. Drawn here as inline SVG: no image
 * files to fetch, and they take the text colour. They only repeat what the step says, so they are
 * hidden from screen readers.
 */
import type { ReactNode } from 'react';

function Picture({ children }: { children: ReactNode }) {
  return (
    <svg
      className="step-picture"
      viewBox="0 0 48 48"
      width="48"
      height="48"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

/** A phone with a browser's address bar: "open the link". */
export function OpenLinkPicture() {
  return (
    <Picture>
      <rect x="12" y="4" width="24" height="40" rx="4" />
      <rect x="15" y="9" width="18" height="6" rx="2" />
      <path d="M19 24h10M19 30h10M19 36h6" />
    </Picture>
  );
}

/** Wi-Fi waves: "on Wi-Fi". */
export function WifiPicture() {
  return (
    <Picture>
      <path d="M6 19a26 26 0 0 1 36 0M12 26a17 17 0 0 1 24 0M18 33a8 8 0 0 1 12 0" />
      <circle cx="24" cy="39" r="2" fill="currentColor" />
    </Picture>
  );
}

/** Three dots in a column: the menu button of Chrome, Firefox and others. */
export function DotsMenuPicture() {
  return (
    <Picture>
      <rect x="6" y="6" width="36" height="36" rx="8" />
      <circle cx="24" cy="15" r="2.5" fill="currentColor" />
      <circle cx="24" cy="24" r="2.5" fill="currentColor" />
      <circle cx="24" cy="33" r="2.5" fill="currentColor" />
    </Picture>
  );
}

/** Three lines: the menu button of Samsung Internet and Yandex Browser. */
export function LinesMenuPicture() {
  return (
    <Picture>
      <rect x="6" y="6" width="36" height="36" rx="8" />
      <path d="M15 16h18M15 24h18M15 32h18" />
    </Picture>
  );
}

/** A phone screen with a plus: "add to home screen" or "install". */
export function AddToHomePicture() {
  return (
    <Picture>
      <rect x="12" y="4" width="24" height="40" rx="4" />
      <path d="M24 17v14M17 24h14" />
    </Picture>
  );
}

/** Safari's share button: a square with an arrow pointing up. */
export function ShareSheetPicture() {
  return (
    <Picture>
      <path d="M17 18h-5v24h24V18h-5" />
      <path d="M24 6v22M17 13l7-7 7 7" />
    </Picture>
  );
}

/** A round arrow: "open it again now and then". */
export function OpenAgainPicture() {
  return (
    <Picture>
      <path d="M38 24a14 14 0 1 1-4.1-9.9" />
      <path d="M36 6v9h-9" />
    </Picture>
  );
}
