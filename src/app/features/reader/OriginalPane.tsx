import { memo, useRef, useState, type ReactNode } from 'react';
import type { Edit, EditKind, Report } from '../../../schema';
import { blockSegments, type Block } from '../../lib/align';
import { useStore } from '../../store';
import { describeEdit } from './editDescription';

/** Unchanged text kept around each change in "changes only" mode. */
const CONTEXT = 12;

interface Props {
  report: Report;
  blocks: Block[];
  visibleBlocks: boolean[];
  convert: (s: string) => string;
  lang: string;
}

/** The original, verbatim, with every edit highlighted by kind; notes show on hover or focus. */
export function OriginalPane({ report, blocks, visibleBlocks, convert, lang }: Props) {
  const hidden = useStore((s) => s.view.hiddenKinds);
  const changesOnly = useStore((s) => s.view.changesOnly);
  const uiLang = useStore((s) => s.uiLang);
  const [tip, setTip] = useState<{ index: number; top: number; left: number } | null>(null);
  const container = useRef<HTMLDivElement>(null);

  const show = (target: EventTarget | null) => {
    const el = (target as HTMLElement | null)?.closest?.('[data-edit]') as HTMLElement | null;
    const box = container.current;
    if (!el || !box) return;
    const r = el.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    setTip({ index: Number(el.dataset.edit), top: r.bottom - b.top + box.scrollTop + 4, left: r.left - b.left });
  };
  const active = tip ? report.edits[tip.index] : undefined;
  const description = active ? describeEdit(active, uiLang, report.original.slice(active.start, active.end)) : null;

  return (
    <div
      className="pane-scroll original"
      ref={container}
      tabIndex={0}
      data-scroll="original"
      onMouseOver={(e) => show(e.target)}
      onMouseLeave={() => setTip(null)}
      onFocus={(e) => show(e.target)}
      onBlur={() => setTip(null)}
    >
      <div className="pane-text" lang={lang}>
        {blocks.map((b, i) =>
          visibleBlocks[i] ? (
            <OriginalBlock
              key={i}
              index={i}
              block={b}
              original={report.original}
              edits={report.edits}
              hidden={hidden}
              changesOnly={changesOnly}
              convert={convert}
            />
          ) : null,
        )}
      </div>
      {tip && description && (
        <div className="tooltip" role="tooltip" id="edit-tip" style={{ top: tip.top, left: tip.left }}>
          <strong>{description.title}</strong>
          {description.lines.map((l, i) => (
            <span key={i}>{l}</span>
          ))}
        </div>
      )}
    </div>
  );
}

interface BlockProps {
  index: number;
  block: Block;
  original: string;
  edits: readonly Edit[];
  hidden: readonly EditKind[];
  changesOnly: boolean;
  convert: (s: string) => string;
}

const OriginalBlock = memo(function OriginalBlock({
  index,
  block,
  original,
  edits,
  hidden,
  changesOnly,
  convert,
}: BlockProps) {
  const segments = blockSegments(block, edits);
  const out: ReactNode[] = [];
  segments.forEach((s, k) => {
    if (s.kind === 'text') {
      const text = original.slice(s.start, s.end);
      out.push(changesOnly ? elide(text, k > 0, k < segments.length - 1, k, convert) : convert(text));
      return;
    }
    const e = edits[s.index]!;
    const text = original.slice(e.start, e.end);
    if (hidden.includes(e.kind)) {
      out.push(convert(text));
      return;
    }
    // (an edit that gives the text back unchanged only marks it: damage left unrepaired shows as damage, no repair)
    const marked = e.replacement === text;
    const repair = (e.kind === 'damage' || e.kind === 'mojibake') && e.replacement !== '' && !marked;
    out.push(
      <mark
        key={k}
        className={`edit k-${e.kind}${text === '' ? ' ins' : ''}${repair ? ' repair' : ''}${marked ? ' marked' : ''}`}
        data-edit={s.index}
        data-kind={e.kind}
        data-repair={repair ? e.replacement : undefined}
        tabIndex={-1}
        aria-describedby="edit-tip"
      >
        {convert(text)}
      </mark>,
    );
  });
  return (
    <div className="block" data-block={index}>
      {out}
    </div>
  );
});

/** Unchanged text shortened to its ends next to changes, so the changes stand out. */
function elide(text: string, afterChange: boolean, beforeChange: boolean, key: number, convert: (s: string) => string) {
  const head = afterChange ? CONTEXT : 0;
  const tail = beforeChange ? CONTEXT : 0;
  if (text.length <= head + tail + 2) return convert(text);
  return (
    <span key={key}>
      {convert(text.slice(0, head))}
      <span className="elided" title="…">
        ⋯
      </span>
      {convert(text.slice(text.length - tail))}
    </span>
  );
}
