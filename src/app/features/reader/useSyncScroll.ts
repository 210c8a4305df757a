import { useEffect, type RefObject } from 'react';

/** The block at the top of a scrolled pane and how far into it the view is (0..1). */
function topBlock(pane: HTMLElement): { id: string; fraction: number } | null {
  const blocks = pane.querySelectorAll<HTMLElement>('[data-block]');
  let found: HTMLElement | null = null;
  for (const b of blocks) {
    if (b.offsetTop <= pane.scrollTop + 1) found = b;
    else break;
  }
  if (!found) return null;
  const fraction = found.offsetHeight ? (pane.scrollTop - found.offsetTop) / found.offsetHeight : 0;
  return { id: found.dataset.block!, fraction: Math.min(1, Math.max(0, fraction)) };
}

/**
 * Scrolling one pane scrolls the other to the same paragraph (and the same point within it), so the
 * panes stay aligned even though removed text makes the original longer.
 */
export function useSyncScroll(root: RefObject<HTMLElement | null>, key: unknown): void {
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const panes = [...el.querySelectorAll<HTMLElement>('[data-scroll]')];
    if (panes.length !== 2) return;
    // the scroll we set on the other pane fires its own event: remember it so it is not echoed back
    const expected = new Map<HTMLElement, number>();
    const handlers = panes.map((src, i) => {
      const dst = panes[1 - i]!;
      const onScroll = () => {
        const want = expected.get(src);
        if (want !== undefined && Math.abs(src.scrollTop - want) < 2) {
          expected.delete(src);
          return;
        }
        const at = topBlock(src);
        const target = at && dst.querySelector<HTMLElement>(`[data-block="${at.id}"]`);
        if (!at || !target) return;
        const top = Math.round(target.offsetTop + at.fraction * target.offsetHeight);
        if (Math.abs(dst.scrollTop - top) < 2) return;
        expected.set(dst, Math.min(top, dst.scrollHeight - dst.clientHeight));
        dst.scrollTop = top;
      };
      src.addEventListener('scroll', onScroll, { passive: true });
      return () => src.removeEventListener('scroll', onScroll);
    });
    return () => handlers.forEach((off) => off());
  }, [root, key]);
}
