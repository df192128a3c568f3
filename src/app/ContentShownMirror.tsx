/** Keeps the copy of the shown content's hash current, however the content arrived (build, online, file). */
import { useEffect } from 'react';
import { useInstalledPack } from '../content/hooks';
import { rememberContentShown } from './contentMirror';

export function ContentShownMirror() {
  const hash = useInstalledPack()?.hash;
  useEffect(() => {
    if (hash) rememberContentShown(hash);
  }, [hash]);
  return null;
}
