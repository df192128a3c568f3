/**
 * How to put the app on the home screen in the browsers people in Russia and Uzbekistan use:
 * Chrome (most Android phones), Yandex Browser (common in Russia; not confirmed to install web
 * apps), Samsung Internet (Samsung phones), Firefox (a shortcut only) and Safari on iPhone (may
 * clear saved data of an app unused for 7 days). Each step is a translated sentence and a picture.
 */
import type { ComponentType } from 'react';
import { BROWSER_NAMES } from '../names';
import {
  AddToHomePicture,
  DotsMenuPicture,
  LinesMenuPicture,
  OpenAgainPicture,
  OpenLinkPicture,
  ShareSheetPicture,
} from './pictures';

type StepKey =
  | 'share.install.open'
  | 'share.install.safariOpen'
  | 'share.install.dotsTop'
  | 'share.install.dotsBottom'
  | 'share.install.linesBottom'
  | 'share.install.dots'
  | 'share.install.chromeAdd'
  | 'share.install.yandexAdd'
  | 'share.install.samsungAdd'
  | 'share.install.firefoxAdd'
  | 'share.install.safariShare'
  | 'share.install.safariAdd';

type NoteKey = 'share.install.yandexNote' | 'share.install.firefoxNote' | 'share.install.safariNote';

export interface InstallStep {
  text: StepKey;
  Picture: ComponentType;
}

export interface BrowserHelp {
  id: keyof typeof BROWSER_NAMES;
  steps: InstallStep[];
  note?: { text: NoteKey; Picture?: ComponentType };
}

const open: InstallStep = { text: 'share.install.open', Picture: OpenLinkPicture };

export const BROWSERS: readonly BrowserHelp[] = [
  {
    id: 'chrome',
    steps: [
      open,
      { text: 'share.install.dotsTop', Picture: DotsMenuPicture },
      { text: 'share.install.chromeAdd', Picture: AddToHomePicture },
    ],
  },
  {
    id: 'yandex',
    steps: [
      open,
      { text: 'share.install.dotsBottom', Picture: DotsMenuPicture },
      { text: 'share.install.yandexAdd', Picture: AddToHomePicture },
    ],
    note: { text: 'share.install.yandexNote' },
  },
  {
    id: 'samsung',
    steps: [
      open,
      { text: 'share.install.linesBottom', Picture: LinesMenuPicture },
      { text: 'share.install.samsungAdd', Picture: AddToHomePicture },
    ],
  },
  {
    id: 'firefox',
    steps: [
      open,
      { text: 'share.install.dots', Picture: DotsMenuPicture },
      { text: 'share.install.firefoxAdd', Picture: AddToHomePicture },
    ],
    note: { text: 'share.install.firefoxNote' },
  },
  {
    id: 'safari',
    steps: [
      { text: 'share.install.safariOpen', Picture: OpenLinkPicture },
      { text: 'share.install.safariShare', Picture: ShareSheetPicture },
      { text: 'share.install.safariAdd', Picture: AddToHomePicture },
    ],
    note: { text: 'share.install.safariNote', Picture: OpenAgainPicture },
  },
];
