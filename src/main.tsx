import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startContentEarly } from './content/ContentProvider';
import { initialLanguage } from './app/initialLanguage';
import { appContainer } from './app/prerendered';
import { applyMirroredDisplayOptions, restoreDisplayOptions } from './features/display/displayPreferences';
import { setupI18n } from './i18n/setup';
import { registerServiceWorker } from './sw/register';
import './ui/global.css';

applyMirroredDisplayOptions();
startContentEarly();
void restoreDisplayOptions();
void setupI18n(initialLanguage(location.hash)).then(() => {
  createRoot(appContainer()).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
registerServiceWorker();
