import type { ExtractContext } from './context';

export interface Metadata {
  title: string | null;
  subtitle: string | null;
  publishedAt: string | null;
  meetingDate: string | null;
  outlet: string | null;
  authors: string[];
  editor: string | null;
}

const DATE_TIME = /(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})日?\s*(?:(\d{1,2}):(\d{2}))?/;

const pad = (n: string) => n.padStart(2, '0');

/** Title, dates, outlet and people behind the report. Minimal for now: first line and first date. */
export function extractMetadata(ctx: ExtractContext): Metadata {
  const firstLine = ctx.original.split('\n').find((l) => l.trim() !== '');
  const m = DATE_TIME.exec(ctx.original);
  const publishedAt = m
    ? `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}` + (m[4] ? `T${pad(m[4])}:${m[5]}` : '')
    : null;
  return {
    title: firstLine?.trim().replace(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\s]+[)）]/g, '') ?? null,
    subtitle: null,
    publishedAt,
    meetingDate: null,
    outlet: null,
    authors: [],
    editor: null,
  };
}
