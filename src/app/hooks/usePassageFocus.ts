/**
 * Marks the store's focus passage in the cleaned pane and scrolls it into view (a table row's
 * "open the passage"). Uses the CSS Custom Highlight API, so the pane's React-rendered text is never
 * touched; matching is on the search form of the text as shown, so it works in every script mode.
 */
import { useEffect, type RefObject } from 'react';
import { toSearchForm } from '../lib/normalizeSearch';
import { useStore } from '../store';

export const PASSAGE_HIGHLIGHT = 'qw-passage';

interface TextMap {
  nodes: Text[];
  starts: number[];
  text: string;
}

function textMap(root: Element): TextMap {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n as Text).data;
  }
  return { nodes, starts, text };
}

function locate(map: TextMap, offset: number): [Text, number] | null {
  let lo = 0;
  let hi = map.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  const node = map.nodes[lo];
  return node ? [node, Math.min(offset - map.starts[lo]!, node.data.length)] : null;
}

/** Where the passage is in the pane text: whole, else its opening words (a directive may be trimmed). */
export function findPassage(pane: string, passage: string): [number, number] | null {
  const hay = toSearchForm(pane);
  const needle = toSearchForm(passage.trim());
  if (!needle) return null;
  const at = hay.indexOf(needle);
  if (at >= 0) return [at, at + needle.length];
  const head = needle.slice(0, 12);
  const h = head.length >= 4 ? hay.indexOf(head) : -1;
  return h >= 0 ? [h, Math.min(hay.length, h + needle.length)] : null;
}

/**
 * `convert` and `layoutKey` say when the pane's text may have changed (script converter loaded, blocks
 * hidden), so the mark is placed again.
 */
export function usePassageFocus(
  root: RefObject<HTMLElement | null>,
  reportId: string,
  convert: (s: string) => string,
  layoutKey: string,
): void {
  const focus = useStore((s) => s.focus);
  useEffect(() => {
    const highlights = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
    const pane = root.current?.querySelector<HTMLElement>('[data-scroll="clean"]');
    highlights?.delete(PASSAGE_HIGHLIGHT);
    pane?.removeAttribute('data-passage');
    if (!focus || focus.reportId !== reportId || !pane) return;
    // the pane renders converted text a frame later when the script converter loads
    const frame = requestAnimationFrame(() => {
      const map = textMap(pane);
      const found = findPassage(map.text, focus.text);
      pane.setAttribute('data-passage', found ? 'found' : 'missing');
      if (!found) return;
      const a = locate(map, found[0]);
      const b = locate(map, found[1]);
      if (!a || !b) return;
      const range = document.createRange();
      range.setStart(a[0], a[1]);
      range.setEnd(b[0], b[1]);
      if (highlights && typeof Highlight !== 'undefined') highlights.set(PASSAGE_HIGHLIGHT, new Highlight(range));
      a[0].parentElement?.scrollIntoView({ block: 'center' });
    });
    return () => cancelAnimationFrame(frame);
  }, [root, focus, reportId, convert, layoutKey]);
}
