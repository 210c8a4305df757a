import { memo, useMemo } from 'react';
import type { Report } from '../../../schema';
import type { Block } from '../../lib/align';
import { useStore } from '../../store';
import { useT } from '../../hooks/useT';
import { markRanges, repairSpans, type RepairSpan } from './cleanMarks';

interface Props {
  report: Report;
  blocks: Block[];
  visibleBlocks: boolean[];
  convert: (s: string) => string;
  lang: string;
}

/** The cleaned text, one paragraph per block of the original so the panes line up. */
export function CleanPane({ report, blocks, visibleBlocks, convert, lang }: Props) {
  const query = useStore((s) => s.filters.query);
  const showMarks = useStore((s) => s.view.showMarks);
  const spans = useMemo(() => repairSpans(report), [report]);
  const t = useT();
  const hints = useMemo(() => ({ repaired: t('repairedText'), unrepaired: t('unrepairedText') }), [t]);
  return (
    <div className="pane-scroll" tabIndex={0} data-scroll="clean">
      <div className="pane-text" lang={lang}>
        {blocks.map((b, i) =>
          visibleBlocks[i] ? (
            <CleanParagraph
              key={i}
              index={i}
              text={b.paragraph}
              at={b.paragraphStart}
              spans={spans}
              hints={hints}
              report={report}
              query={query}
              showMarks={showMarks}
              convert={convert}
            />
          ) : null,
        )}
      </div>
    </div>
  );
}

interface ParagraphProps {
  index: number;
  text: string;
  at: number;
  spans: readonly RepairSpan[];
  hints: { repaired: string; unrepaired: string };
  report: Report;
  query: string;
  showMarks: boolean;
  convert: (s: string) => string;
}

const CleanParagraph = memo(function CleanParagraph({
  index,
  text,
  at,
  spans,
  hints,
  report,
  query,
  showMarks,
  convert,
}: ParagraphProps) {
  const pieces = markRanges(text, report, query, showMarks, { at, spans, hints });
  return (
    <p data-block={index} className={text === '' ? 'empty-paragraph' : undefined}>
      {pieces.map((p, k) => {
        const shown = convert(p.text);
        if (p.marks.length === 0) return shown;
        const className = p.marks.map((m) => `mk-${m}`).join(' ');
        return p.marks.includes('hit') ? (
          <mark key={k} className={className} title={p.hint}>
            {shown}
          </mark>
        ) : (
          <span key={k} className={className} title={p.hint}>
            {shown}
          </span>
        );
      })}
    </p>
  );
});
