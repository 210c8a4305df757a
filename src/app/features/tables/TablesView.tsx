/** The directives, attendees and people tables (tabs of the app); rows.json is loaded on first visit. */
import { ErrorBox, Loading } from '../../components/Status';
import { useStore } from '../../store';
import { AttendeesTable } from './AttendeesTable';
import { DirectivesTable } from './DirectivesTable';
import { useTableT } from './labels';
import { PeopleTable } from './PeopleTable';
import './tableUrl';
import './tables.css';
import { useRowsFile } from './useTableData';

export function TablesView() {
  const t = useTableT();
  const tab = useStore((s) => s.tab);
  const rows = useRowsFile();
  if (rows.status === 'idle' || rows.status === 'loading') return <Loading what={t('loading')} />;
  if (rows.status === 'error') return <ErrorBox title={t('loadError')} message={rows.message} />;
  return (
    <section className="tables-view" data-testid="tables-view">
      {tab === 'directives' ? <DirectivesTable /> : tab === 'attendees' ? <AttendeesTable /> : <PeopleTable />}
    </section>
  );
}
