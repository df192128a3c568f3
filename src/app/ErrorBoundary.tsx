/**
 * Last line of defence: a screen that throws shows a plain way back home instead of a blank page.
 * Written without i18n on purpose: the failure may be in i18n itself, so it shows all four languages.
 */
import { Component, type ReactNode } from 'react';

export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="page" role="alert">
        <h1>Xatolik · Хатолик · Ошибка · Something went wrong</h1>
        <p>
          <a className="button" href="#/" onClick={() => this.setState({ failed: false })}>
            Bosh sahifa · Бош саҳифа · На главную · Home
          </a>
        </p>
      </main>
    );
  }
}
