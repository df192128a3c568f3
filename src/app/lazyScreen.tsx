import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from '../ui/Loading';

/** A screen loaded on first use (from the precache, so offline too), showing "Loading…" meanwhile. */
export function lazyScreen<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): ComponentType<Props> {
  const Screen = lazy(() => load().then((component) => ({ default: component })));
  return function LazyScreen(props: Props) {
    return (
      <Suspense fallback={<Loading />}>
        <Screen {...props} />
      </Suspense>
    );
  };
}
