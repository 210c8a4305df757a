import type { Edit } from '../../../schema';
import { KIND_LABELS, label, pick } from '../../i18n';
import type { UiLang } from '../../store';

/** Shows invisible characters of a replacement so "\n\n" reads as something. */
export function visible(s: string): string {
  return s.replace(/\n/g, '⏎').replace(/\t/g, '⇥').replace(/ /g, '·');
}

/**
 * One line for a tooltip: what kind of change, why, and what it became. `text` is what the edit spans in the
 * original: an edit that gives it back unchanged only marks it (damage left unrepaired, a spam word in a sentence).
 */
export function describeEdit(e: Edit, lang: UiLang, text: string): { title: string; lines: string[] } {
  const lines: string[] = [];
  if (e.note) lines.push(e.note);
  const repair = e.kind === 'damage' || e.kind === 'mojibake';
  if (e.replacement && e.replacement === text) {
    lines.push(label(lang, repair ? 'leftUnrepaired' : 'markedOnly'));
  } else if (e.replacement) {
    const what = repair ? label(lang, 'repaired') : label(lang, 'replacedBy');
    lines.push(`${what}: «${visible(e.replacement)}»`);
  } else {
    lines.push(label(lang, 'removed'));
  }
  if (e.confidence !== undefined) lines.push(`${label(lang, 'confidence')}: ${Math.round(e.confidence * 100)}%`);
  const tag = e.tag ? ` · ${e.tag}` : '';
  return { title: pick(lang, KIND_LABELS[e.kind]) + tag, lines };
}
