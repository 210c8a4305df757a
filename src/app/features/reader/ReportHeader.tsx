import type { Report } from '../../../schema';
import { useT } from '../../hooks/useT';
import { placeLabel } from '../../lib/placeLabel';

export function ReportHeader({
  report,
  convert,
  lang,
}: {
  report: Report;
  convert: (s: string) => string;
  lang: string;
}) {
  const t = useT();
  const facts: Array<[string, string | null]> = [
    [t('places'), report.place ? placeLabel(report.place) : null],
    [t('meeting'), report.meetingDate],
    [t('published'), report.publishedAt?.replace('T', ' ') ?? null],
    [t('outlet'), report.outlet],
    [t('authors'), report.authors.length ? report.authors.join('、') : null],
  ];
  return (
    <header className="report-header">
      <h2 lang={lang} data-testid="report-title">
        {convert(report.title ?? report.id)}
      </h2>
      {report.subtitle && <p lang={lang}>{convert(report.subtitle)}</p>}
      <dl className="facts">
        {facts
          .filter((f): f is [string, string] => f[1] !== null)
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd lang={lang}>{convert(v)}</dd>
            </div>
          ))}
      </dl>
    </header>
  );
}
