import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from '../ui/Loading';

/** A screen loaded on first use, showing "Loading…" for the moment it takes. */
export function lazyScreen(load: () => Promise<ComponentType>): ComponentType {
  const Screen = lazy(() => load().then((component) => ({ default: component })));
  return function LazyScreen() {
    return (
      <Suspense fallback={<Loading />}>
        <Screen />
      </Suspense>
    );
  };
}
