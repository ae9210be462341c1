import { useLocale } from '../i18n/locale.tsx';
import { ReloadMessage } from '../ui/reload-message.tsx';

/**
 * Stands in for a part of the embed whose code could not be fetched: a reload fetches it again and
 * costs the first load nothing more.
 */
export function ReloadNotice() {
  return <ReloadMessage t={useLocale().t} />;
}
