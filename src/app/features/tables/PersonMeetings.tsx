/** The meetings of one person, each opening the report at the person's name. */
import { useStore } from '../../store';
import { ROLE_LABEL, useTableT } from './labels';
import type { PersonRow } from './people';
import { useDisplay } from './useDisplay';

export function PersonMeetings({ person, onClose }: { person: PersonRow; onClose(): void }) {
  const t = useTableT();
  const { convert } = useDisplay();
  const openPassage = useStore((s) => s.openPassage);
  const name = convert(person.name);
  return (
    <section className="person-meetings" aria-label={t('personMeetings', { name })} data-testid="person-meetings">
      <header>
        <h3>{t('personMeetings', { name })}</h3>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </header>
      <ol>
        {person.history.map((m) => (
          <li key={m.reportId}>
            <span className="nowrap">{m.date ?? '—'}</span> <span>{convert(m.placeLabel)}</span>{' '}
            <span className={`role role-${m.role}`}>{t(ROLE_LABEL[m.role] ?? 'other')}</span>{' '}
            <span className="muted">{convert(m.titles.join('、'))}</span>
            <br />
            <button type="button" className="cell-link" onClick={() => openPassage(m.reportId, m.name)}>
              {convert(m.reportTitle)}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
