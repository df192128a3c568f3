/** Providers and chrome around the routes. */
import { Router } from 'wouter';
import { ContentProvider } from '../content/ContentProvider';
import { UpdatePrompt } from '../sw/UpdatePrompt';
import { ErrorBoundary } from './ErrorBoundary';
import { useHashPath, useHashSearch } from './hashLocation';
import { AppRoutes } from './routes';

export function App() {
  return (
    <ErrorBoundary>
      <ContentProvider>
        <Router hook={useHashPath} searchHook={useHashSearch}>
          <AppRoutes />
        </Router>
        <UpdatePrompt />
      </ContentProvider>
    </ErrorBoundary>
  );
}
