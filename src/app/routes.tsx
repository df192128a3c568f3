/**
 * The URL contract (hash routes):
 *   #/                      first run: choose a language; later: the saved language's home
 *   #/<lang>/               home          #/<lang>/guides[/<id>]     #/<lang>/contacts[/<id>]
 *   #/<lang>/settings       #/<lang>/about
 * <lang> is uz, uz-Cyrl, ru or en. An unknown language goes to the saved (or default) one;
 * an unknown page shows "not found" in the current language, and so does an address no route
 * reads at all ("#//x", "#///en/"; "#//" is the start): never a blank page without the quick exit.
 */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Switch, useLocation, useParams } from 'wouter';
import { DEFAULT_LANG, isLang } from '../i18n/languages';
import { GuideListScreen } from '../features/guides/GuideListScreen';
import { GuideScreen } from '../features/guides/GuideScreen';
import { HomeScreen } from '../features/home/HomeScreen';
import { LanguageChoiceScreen } from '../features/language/LanguageChoiceScreen';
import { useSavedLanguage } from '../features/language/useSavedLanguage';
import { NotFoundScreen } from '../features/not-found/NotFoundScreen';
import { Calculator } from '../features/safety/Calculator';
import { hasExited, NEUTRAL_ROUTE, subscribeToExit } from '../features/safety/quickExit';
import { LanguageScope } from './LanguageScope';
import { lazyScreen } from './lazyScreen';

// Screens used less often load on demand (from the precache, so offline too): the first screen
// stays small on a slow phone.
const CardScreen = lazyScreen(() => import('../features/card/CardScreen').then((m) => m.CardScreen));
const CardSheetScreen = lazyScreen(() =>
  import('../features/card/print/CardSheetScreen').then((m) => m.CardSheetScreen),
);
const PhrasesScreen = lazyScreen(() =>
  import('../features/phrases/PhrasesScreen').then((m) => m.PhrasesScreen),
);
const ShownPhraseScreen = lazyScreen(() =>
  import('../features/phrases/ShownPhrase').then((m) => m.ShownPhraseScreen),
);
const SettingsScreen = lazyScreen(() =>
  import('../features/settings/SettingsScreen').then((m) => m.SettingsScreen),
);
const SearchScreen = lazyScreen(() => import('../features/search/SearchScreen').then((m) => m.SearchScreen));
const ContactListScreen = lazyScreen(() =>
  import('../features/contacts/ContactListScreen').then((m) => m.ContactListScreen),
);
const ContactScreen = lazyScreen(() =>
  import('../features/contacts/ContactScreen').then((m) => m.ContactScreen),
);
const EmergencyScreen = lazyScreen(() =>
  import('../features/emergency/EmergencyScreen').then((m) => m.EmergencyScreen),
);
const ShareScreen = lazyScreen(() => import('../features/share/ShareScreen').then((m) => m.ShareScreen));
const LeafletScreen = lazyScreen(() =>
  import('../features/share/leaflet/LeafletScreen').then((m) => m.LeafletScreen),
);
const AboutScreen = lazyScreen(() => import('../features/about/AboutScreen').then((m) => m.AboutScreen));
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

/**
 * A path with an empty first segment ("//x"), which no route matches: "not found", with the quick
 * exit. Slashes alone ("//") are the start, as the first-paint script reads them too.
 */
function OddAddress() {
  const saved = useSavedLanguage();
  const [path] = useLocation();
  if (saved === undefined) return null;
  const lang = saved ?? DEFAULT_LANG;
  return <Redirect to={/^\/*$/.test(path) ? `/${lang}/` : `/${lang}/not-found`} replace />;
}

function LanguageRoutes() {
  const { lang = '' } = useParams<{ lang: string }>();
  const [rest] = useLocation(); // relative to "/<lang>" inside this nested route
  if (!isLang(lang)) return <UnknownLanguage path={`/${lang}${rest}`} />;
  return (
    <LanguageScope lang={lang}>
      <Switch>
        {/* The officer card and a shown phrase are full screen: no navigation around them. */}
        <Route path="/card" component={CardScreen} />
        <Route path="/phrases/:id">{(p) => <ShownPhraseScreen id={p.id} />}</Route>
        <Route>
          <Layout>
            <Switch>
              <Route path="/" component={HomeScreen} />
              <Route path="/guides" component={GuideListScreen} />
              <Route path="/guides/:id">{(p) => <GuideScreen id={p.id} />}</Route>
              <Route path="/contacts" component={ContactListScreen} />
              <Route path="/contacts/:id">{(p) => <ContactScreen id={p.id} />}</Route>
              <Route path="/emergency" component={EmergencyScreen} />
              <Route path="/phrases" component={PhrasesScreen} />
              <Route path="/search" component={SearchScreen} />
              <Route path="/share" component={ShareScreen} />
              <Route path="/share/leaflet" component={LeafletScreen} />
              <Route path="/card/print" component={CardSheetScreen} />
              <Route path="/settings" component={SettingsScreen} />
              <Route path="/about" component={AboutScreen} />
              <Route component={NotFoundScreen} />
            </Switch>
          </Layout>
        </Route>
      </Switch>
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
      <Route component={OddAddress} />
    </Switch>
  );
}
