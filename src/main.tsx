import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initialLanguage } from './app/initialLanguage';
import { setupI18n } from './i18n/setup';
import { registerServiceWorker } from './sw/register';
import './ui/global.css';

void setupI18n(initialLanguage(location.hash)).then(() => {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
registerServiceWorker();
