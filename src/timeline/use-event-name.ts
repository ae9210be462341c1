import { useCallback } from 'react';
import { useLocale } from '../i18n/locale.tsx';
import { MARK_CLAIMS_STRINGS } from '../i18n/mark-claims-strings.ts';
import type { EntityRecord } from '../model/article-schema.ts';
import { eventDisagreements } from '../model/claims.ts';
import type { CorpusEvent } from '../model/corpus.ts';

/** An event's accessible name: type, date, participants, and how sure the date is when not stated. */
export function useEventName(entities: ReadonlyMap<string, EntityRecord>): (event: CorpusEvent) => string {
  const { t, lang, interval, entityName } = useLocale();
  return useCallback(
    (event: CorpusEvent) => {
      const people = event.participants.map((p) => entityName(entities.get(p.entity), p.entity));
      const parts = [
        t.types[event.type],
        interval(event.when),
        ...(people.length ? [people.join(t.listSeparator)] : []),
      ];
      if (event.when.certainty !== 'stated') parts.push(t.certainties[event.when.certainty]);
      if (event.status !== 'occurred') parts.push(t.statuses[event.status]);
      if (eventDisagreements(event).length > 0) parts.push(MARK_CLAIMS_STRINGS[lang].disputed);
      return parts.join(t.listSeparator);
    },
    [t, lang, interval, entityName, entities],
  );
}
