/** Loads the corpus the pipeline wrote to public/data, validating every file against the schema. */
import type { z } from 'zod';
import { Report, ReportIndex, SearchIndex, TableRows } from '../../schema';

const base = `${import.meta.env.BASE_URL}data/`;

/** A load failure that names the file, so the reader sees which one is broken. */
export class LoadError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

async function fetchJson<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(base + file);
  } catch (e) {
    throw new LoadError(file, `could not be fetched (${(e as Error).message})`);
  }
  if (!response.ok) throw new LoadError(file, `the server answered ${response.status} ${response.statusText}`);
  let body: unknown;
  const text = await response.text();
  // a static server that falls back to the app's page for a file it does not have (a stale link's report)
  if (/^\s*<(?:!doctype|html)/i.test(text))
    throw new LoadError(file, 'is not there (the server gave a web page instead)');
  try {
    body = JSON.parse(text);
  } catch (e) {
    throw new LoadError(file, `is not valid JSON (${(e as Error).message})`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
    throw new LoadError(file, `does not match the report format${where}: ${first?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

export const loadIndex = () => fetchJson('index.json', ReportIndex);
export const loadReport = (id: string) => fetchJson(`reports/${encodeURIComponent(id)}.json`, Report);
/** Attendees and directives of every report, for the tables (written by the CLI next to index.json). */
export const loadRows = () => fetchJson('rows.json', TableRows);
/** Every cleaned body, for the full-text search worker (loaded on the first search). */
export const loadSearchIndex = () => fetchJson('search.json', SearchIndex);
