import { LOAD_PART_STRINGS } from '../i18n/load-part-strings.ts';
import type { Lang } from '../model/format-date.ts';

/** Props of LoadFailed. */
export interface LoadFailedProps {
  lang: Lang;
  /** Which part could not be fetched. */
  part: 'graph' | 'checker' | 'details';
  /** Fetches it again. */
  onRetry: () => void;
  className?: string;
}

/** A part of the page whose code could not be fetched: said where it would be, with Try again. */
export function LoadFailed({ lang, part, onRetry, className = 'notice' }: LoadFailedProps) {
  const words = LOAD_PART_STRINGS[lang];
  return (
    <p className={className} role="alert">
      {words[part]}{' '}
      <button type="button" onClick={onRetry}>
        {words.retry}
      </button>
    </p>
  );
}
