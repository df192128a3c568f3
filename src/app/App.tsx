/** Providers and chrome around the routes. */
import { useEffect } from 'react';
import { Router } from 'wouter';
import { ContentProvider } from '../content/ContentProvider';
import { UpdatePrompt } from '../sw/UpdatePrompt';
import { ErrorBoundary } from './ErrorBoundary';
import { useHashPath, useHashSearch } from './hashLocation';
import { appRendered } from './prerendered';
import { AppRoutes } from './routes';
import { ContentShownMirror } from './ContentShownMirror';

export function App() {
  useEffect(appRendered, []); // React's first screen exists: the prerendered one may give way
  return (
    <ErrorBoundary>
      <ContentProvider>
        <Router hook={useHashPath} searchHook={useHashSearch}>
          <AppRoutes />
        </Router>
        <UpdatePrompt />
        <ContentShownMirror />
      </ContentProvider>
    </ErrorBoundary>
  );
}
