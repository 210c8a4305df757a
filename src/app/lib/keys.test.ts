import { describe, expect, it } from 'vitest';
import { isTyping } from './keys';

const press = (target: object, mods: Partial<KeyboardEvent> = {}) =>
  ({ ctrlKey: false, metaKey: false, altKey: false, target, ...mods }) as unknown as KeyboardEvent;

describe('isTyping', () => {
  it('takes text fields, text areas, selects and editable content for typing', () => {
    expect(isTyping(press({ tagName: 'INPUT', type: 'text' }))).toBe(true);
    expect(isTyping(press({ tagName: 'INPUT', type: 'search' }))).toBe(true);
    expect(isTyping(press({ tagName: 'INPUT', type: 'date' }))).toBe(true);
    expect(isTyping(press({ tagName: 'TEXTAREA' }))).toBe(true);
    expect(isTyping(press({ tagName: 'DIV', isContentEditable: true }))).toBe(true);
  });
  it('leaves shortcuts to a checkbox, a radio or a button that has the focus after a click', () => {
    expect(isTyping(press({ tagName: 'INPUT', type: 'checkbox' }))).toBe(false);
    expect(isTyping(press({ tagName: 'INPUT', type: 'radio' }))).toBe(false);
    expect(isTyping(press({ tagName: 'BUTTON' }))).toBe(false);
  });
  it('never takes a key pressed with a modifier for a shortcut', () => {
    expect(isTyping(press({ tagName: 'DIV' }, { ctrlKey: true }))).toBe(true);
  });
});
