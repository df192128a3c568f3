/** The UI strings the app shows, per language (the same reader the build uses). */
export { authoredStrings, uiString, uiStrings } from '../../../scripts/lib/uiStrings';
