import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButtons } from '../../components/page-tools';
import { toSearchParams, type SupporterSearchState } from '../../features/supporters/search-state';
import { loadPageMessages } from '../../i18n';

// The downloads' words come with the other pages' messages, fetched with this chunk.
const messages = loadPageMessages();

/** The search results' downloads (what the filter shows): loaded after the first paint, as their own chunk. */
export default function SearchExport({ state }: { state: SupporterSearchState }) {
  use(messages);
  const { t } = useTranslation();
  return <ExportButtons name="supporter-search" params={Object.fromEntries(toSearchParams(state))} label={t('exports.searchResults')} />;
}
