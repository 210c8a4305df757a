import { useEffect, type RefObject } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

function focusables(box: HTMLElement): HTMLElement[] {
  // offsetParent/getClientRects: skip what is not rendered (closed <details>, display:none)
  return [...box.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
}

/**
 * While `active`, keyboard focus stays inside `container` (a modal drawer): Tab and Shift+Tab wrap
 * around, focus that lands outside is pulled back. On activation the first control is focused unless
 * focus is already inside (the `/` shortcut focuses the search box itself); on deactivation focus
 * returns to `returnTo()` (the control that opened it), or to whatever had it before.
 */
export function useFocusTrap(
  container: RefObject<HTMLElement | null>,
  active: boolean,
  returnTo: () => HTMLElement | null,
): void {
  useEffect(() => {
    const box = container.current;
    if (!active || !box) return;
    const before = document.activeElement as HTMLElement | null;
    if (!box.contains(document.activeElement)) focusables(box)[0]?.focus();

    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Tab') return;
      const list = focusables(box);
      const first = list[0];
      const last = list.at(-1);
      if (!first || !last) return;
      const at = document.activeElement;
      if (e.shiftKey && (at === first || !box.contains(at))) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && (at === last || !box.contains(at))) {
        e.preventDefault();
        first.focus();
      }
    };
    const onFocusIn = (e: FocusEvent) => {
      if (!box.contains(e.target as Node)) focusables(box)[0]?.focus();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('focusin', onFocusIn);
      const target = returnTo() ?? (before && before.isConnected && !box.contains(before) ? before : null);
      target?.focus();
    };
  }, [container, active, returnTo]);
}
