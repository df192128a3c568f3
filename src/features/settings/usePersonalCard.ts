import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { getPersonalCard, type PersonalCard } from '../../db/personalCard';

/** The personal card, or null when none is filled in (or there is no database). */
export function usePersonalCard(): PersonalCard | null | undefined {
  return useLiveQuery(
    () =>
      getPersonalCard(db).then(
        (card) => card ?? null,
        () => null,
      ),
    [],
  );
}
