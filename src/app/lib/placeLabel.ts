import type { Place } from '../../schema';

/** "河北 · 邯郸" for a city or county; a province (or a city that is its own province, 重庆) once, not twice. */
export function placeLabel(place: Place | null): string {
  if (!place) return '';
  return place.name === place.province || place.level === 'province'
    ? place.province
    : `${place.province} · ${place.name}`;
}
