const NOT_TYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** Whether a key press belongs to a text field (shortcuts must not steal typing). */
export function isTyping(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return true;
  const t = e.target as HTMLElement | null;
  if (!t) return false;
  const tag = t.tagName;
  // a checkbox, a radio or a button takes no typing: after a click on one, j/k still move between reports
  if (tag === 'INPUT') return !NOT_TYPED.has((t as HTMLInputElement).type);
  return tag === 'TEXTAREA' || tag === 'SELECT' || t.isContentEditable === true;
}
