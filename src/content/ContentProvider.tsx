/** Starts content once and gives every screen the same reader (database or read-only memory). */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { startContent, type ContentState } from './startup';
import { startOnlineUpdates } from './updates';

/**
 * Content starts once per page, however often the provider mounts (React's StrictMode mounts
 * twice in development): two starts would fetch and install the same pack twice.
 */
let started: Promise<ContentState> | undefined;
const startWithPageBase = () => (started ??= startContent().then(startOnlineUpdates));

type ProviderState = ContentState | { status: 'loading' };

const ContentContext = createContext<ProviderState>({ status: 'loading' });

export function ContentProvider({
  children,
  start = startWithPageBase,
}: {
  children: ReactNode;
  start?: () => Promise<ContentState>;
}) {
  const [state, setState] = useState<ProviderState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void start().then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [start]);
  return <ContentContext.Provider value={state}>{children}</ContentContext.Provider>;
}

export function useContentState(): ProviderState {
  return useContext(ContentContext);
}
