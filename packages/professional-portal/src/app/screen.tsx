import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from '../common/page-states';

/**
 * A screen loaded when it is first opened, not with the portal: the first load
 * carries only the frame, sign-in and the session, and each screen (the plan
 * editor, the tracker and its charts, the record's diagram ...) is its own
 * file that the browser fetches, once, on the way there.
 */
export function screen<M>(load: () => Promise<M>, name: keyof M & string) {
  const Screen = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return (
    <Suspense fallback={<Loading />}>
      <Screen />
    </Suspense>
  );
}

