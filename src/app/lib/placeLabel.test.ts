import { describe, expect, it } from 'vitest';
import { placeLabel } from './placeLabel';

describe('placeLabel', () => {
  it('names a city with its province', () => {
    expect(placeLabel({ name: '邯郸', province: '河北', level: 'city' })).toBe('河北 · 邯郸');
  });
  it('names a province, or a city that is its own province, once', () => {
    expect(placeLabel({ name: '吉林', province: '吉林', level: 'province' })).toBe('吉林');
    expect(placeLabel({ name: '重庆', province: '重庆', level: 'city' })).toBe('重庆');
  });
  it('is empty without a place', () => {
    expect(placeLabel(null)).toBe('');
  });
});
