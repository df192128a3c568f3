/** Starts content once and gives every screen the same reader (database or read-only memory). */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { startContent, type ContentState } from './startup';
import { startOnlineUpdates } from './updates';

/**
 * Content starts once per page, however often the provider mounts (React's StrictMode mounts
 * twice in development): two starts would fetch and install the same pack twice.
 */
let started: Promise<ContentState> | undefined;
let settled: ContentState | undefined;
const startWithPageBase = () =>
  (started ??= startContent()
    .then(startOnlineUpdates)
    .then((state) => (settled = state)));

/**
 * Called once at boot, before React loads its strings: opening the database and checking the
 * stored pack then overlap with that work, and the first screen can show content in its first render.
 */
export const startContentEarly = (): void => void startWithPageBase();

type ProviderState = ContentState | { status: 'loading' };

const ContentContext = createContext<ProviderState>({ status: 'loading' });

export function ContentProvider({
  children,
  start = startWithPageBase,
}: {
  children: ReactNode;
  start?: () => Promise<ContentState>;
}) {
  // Content that is already there (started at boot) is used in the first render: no "loading" flash.
  const [state, setState] = useState<ProviderState>(() =>
    start === startWithPageBase && settled ? settled : { status: 'loading' },
  );
  useEffect(() => {
    let live = true;
    void start().then((s) => live && setState(s)); // the same object as the first render's: no re-render
    return () => {
      live = false;
    };
  }, [start]);
  return <ContentContext.Provider value={state}>{children}</ContentContext.Provider>;
}

export function useContentState(): ProviderState {
  return useContext(ContentContext);
}
