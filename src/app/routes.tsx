/**
 * The URL contract (hash routes):
 *   #/                      first run: choose a language; later: the saved language's home
 *   #/<lang>/               home          #/<lang>/guides[/<id>]     #/<lang>/contacts[/<id>]
 *   #/<lang>/settings       #/<lang>/about
 * <lang> is uz, uz-Cyrl, ru or en. An unknown language goes to the saved (or default) one;
 * an unknown page shows "not found" in the current language.
 */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Switch, useLocation, useParams } from 'wouter';
import { isLang } from '../i18n/languages';
import { AboutScreen } from '../features/about/AboutScreen';
import { ContactListScreen } from '../features/contacts/ContactListScreen';
import { ContactScreen } from '../features/contacts/ContactScreen';
import { EmergencyScreen } from '../features/emergency/EmergencyScreen';
import { GuideListScreen } from '../features/guides/GuideListScreen';
import { GuideScreen } from '../features/guides/GuideScreen';
import { HomeScreen } from '../features/home/HomeScreen';
import { LanguageChoiceScreen } from '../features/language/LanguageChoiceScreen';
import { useSavedLanguage } from '../features/language/useSavedLanguage';
import { NotFoundScreen } from '../features/not-found/NotFoundScreen';
import { Calculator } from '../features/safety/Calculator';
import { hasExited, NEUTRAL_ROUTE, subscribeToExit } from '../features/safety/quickExit';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { LanguageScope } from './LanguageScope';
import { Layout } from './Layout';
import { redirectForUnknownLanguage } from './unknownLanguage';

function StartRoute() {
  const saved = useSavedLanguage();
  if (saved === undefined) return null; // still reading the setting: a split second, show nothing
  return saved ? <Redirect to={`/${saved}/`} replace /> : <LanguageChoiceScreen />;
}

function UnknownLanguage({ path }: { path: string }) {
  const saved = useSavedLanguage();
  if (saved === undefined) return null;
  // "~" makes the target absolute: this renders inside the nested "/:lang" route.
  return <Redirect to={`~${redirectForUnknownLanguage(path, saved)}`} replace />;
}

function LanguageRoutes() {
  const { lang = '' } = useParams<{ lang: string }>();
  const [rest] = useLocation(); // relative to "/<lang>" inside this nested route
  if (!isLang(lang)) return <UnknownLanguage path={`/${lang}${rest}`} />;
  return (
    <LanguageScope lang={lang}>
      <Layout>
        <Switch>
          <Route path="/" component={HomeScreen} />
          <Route path="/guides" component={GuideListScreen} />
          <Route path="/guides/:id">{(p) => <GuideScreen id={p.id} />}</Route>
          <Route path="/contacts" component={ContactListScreen} />
          <Route path="/contacts/:id">{(p) => <ContactScreen id={p.id} />}</Route>
          <Route path="/emergency" component={EmergencyScreen} />
          <Route path="/settings" component={SettingsScreen} />
          <Route path="/about" component={AboutScreen} />
          <Route component={NotFoundScreen} />
        </Switch>
      </Layout>
    </LanguageScope>
  );
}

function NeutralScreen() {
  const { t } = useTranslation();
  return <Calculator title={t('safety.calculator')} />;
}

export function AppRoutes() {
  // After a quick exit every route shows the calculator, so Back cannot bring a guide back.
  const exited = useSyncExternalStore(subscribeToExit, hasExited, () => false);
  if (exited) return <NeutralScreen />;
  return (
    <Switch>
      <Route path="/" component={StartRoute} />
      <Route path={NEUTRAL_ROUTE} component={NeutralScreen} />
      <Route path="/:lang" nest>
        <LanguageRoutes />
      </Route>
    </Switch>
  );
}
