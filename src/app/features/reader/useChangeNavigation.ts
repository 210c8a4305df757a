import { useEffect, type RefObject } from 'react';
import { isTyping } from '../../lib/keys';

/** `n` / `p` move focus to the next / previous highlighted change in the original pane. */
export function useChangeNavigation(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e) || (e.key !== 'n' && e.key !== 'p')) return;
      const pane = root.current?.querySelector<HTMLElement>('[data-scroll="original"]');
      if (!pane) return;
      const marks = [...pane.querySelectorAll<HTMLElement>('[data-edit]')];
      if (marks.length === 0) return;
      e.preventDefault();
      const current = marks.indexOf(document.activeElement as HTMLElement);
      let next: number;
      if (current >= 0) next = e.key === 'n' ? current + 1 : current - 1;
      else {
        // start from what is on screen rather than from the top of the report
        const top = pane.getBoundingClientRect().top;
        const firstBelow = marks.findIndex((m) => m.getBoundingClientRect().top >= top);
        next = e.key === 'n' ? Math.max(0, firstBelow) : Math.max(0, firstBelow - 1);
      }
      const target = marks[Math.min(marks.length - 1, Math.max(0, next))]!;
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'center' });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [root]);
}
