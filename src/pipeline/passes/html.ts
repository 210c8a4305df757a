import type { Edit } from '../../schema';
import type { Pass } from '../pass';

// Whole script/style blocks first (their content is code, not text), then single tags, comments, entities,
// and the tail of a tag whose "<" was cut off by the scraper (` class="x" />`, `">`).
// Word's namespaced tags (<o:p>, <st1:chsdate>) come with text pasted from documents; CDATA wrappers, doctypes and
// XML declarations with whole pages.
const LEAK =
  /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<!\[CDATA\[|\]\]>|<![a-zA-Z][^<>]*>|<\?xml[^<>]*\?>|<\/?[a-zA-Z][a-zA-Z0-9]*(?::[a-zA-Z][a-zA-Z0-9]*)?(?:\s[^<>]*)?\/?>|&(?:#\d{1,6}|#x[0-9a-fA-F]{1,5}|[a-zA-Z]{2,8});|(?:\s[a-zA-Z-]{1,20}="[^"<>\n]{0,200}")+\s*\/?>|"\s*\/>/g;

// Tags that end a block become a line break so the paragraphs on either side stay apart.
const BLOCK = /^<\/?(?:p|div|br|li|tr|h[1-6]|section|article|table|ul|ol)\b/i;

const NAMED: Record<string, string> = {
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  hellip: '…',
  middot: '·',
  copy: '©',
};

function decodeEntity(entity: string): string | undefined {
  const body = entity.slice(1, -1);
  if (body.startsWith('#x')) return safeCodePoint(parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return safeCodePoint(parseInt(body.slice(1), 10));
  return NAMED[body.toLowerCase()];
}

function safeCodePoint(n: number): string | undefined {
  return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

/** Where markup (tags, comments, tag fragments; not entities) leaked into the text: none of it is prose. */
export function markupSpans(text: string): { start: number; end: number }[] {
  return [...text.matchAll(LEAK)]
    .filter((m) => !m[0].startsWith('&'))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Text a page's scripts or links carried escaped: JSON's \\u4f1a\\u8bae and a URL's %E4%BC%9A%E8%AE%AE. Read back
 * only when the run spells Chinese (a lone %20 or one escape in a link is left alone).
 */
const ESCAPED = /(?:\\u[0-9a-fA-F]{4}){2,}|(?:%[0-9A-Fa-f]{2}){6,}/g;
const HAS_CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function unescapeRun(s: string): string | undefined {
  let out: string;
  if (s.startsWith('\\u')) {
    out = String.fromCharCode(
      ...s
        .split('\\u')
        .slice(1)
        .map((h) => parseInt(h, 16)),
    );
  } else {
    try {
      out = utf8.decode(
        Uint8Array.from(
          s
            .split('%')
            .slice(1)
            .map((h) => parseInt(h, 16)),
        ),
      );
    } catch {
      return undefined;
    }
  }
  // every character printable: no control character, no lone surrogate
  if (!HAS_CJK.test(out) || /[\p{Cc}\p{Cs}]/u.test(out)) return undefined;
  return out;
}

function escapedText(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(ESCAPED)) {
    const replacement = unescapeRun(m[0]);
    if (replacement === undefined) continue;
    const how = m[0].startsWith('\\u') ? 'JSON \\u escapes' : 'URL-encoded bytes';
    edits.push({ start: m.index, end: m.index + m[0].length, replacement, kind: 'html', note: `${how} read back` });
  }
  return edits;
}

/** Removes HTML tags, attribute fragments and entities that leaked into the scraped text. */
export const htmlPass: Pass = {
  name: 'html',
  run(text) {
    const edits: Edit[] = escapedText(text);
    for (const m of text.matchAll(LEAK)) {
      const s = m[0];
      let replacement = '';
      let note: string;
      if (s.startsWith('&')) {
        const decoded = decodeEntity(s);
        if (decoded === undefined) continue; // an unknown "&word;" is more likely text than markup
        replacement = decoded;
        note = `HTML entity ${s}`;
      } else if (s.startsWith('<')) {
        // 要严格落实各项防控措施，<br/>坚决守住…: a line break after a comma inside a sentence is the page's layout
        const midSentence = /^<br\b/i.test(s) && /[，、,]$/.test(text.slice(0, m.index).trimEnd());
        if (BLOCK.test(s) && !midSentence) replacement = '\n';
        note = s.startsWith('<!--') ? 'HTML comment' : `leaked HTML tag ${s.length > 40 ? s.slice(0, 40) + '…' : s}`;
      } else {
        note = `fragment of an HTML tag ${s.trim()}`;
      }
      edits.push({ start: m.index, end: m.index + s.length, replacement, kind: 'html', note });
    }
    return edits.sort((a, b) => a.start - b.start);
  },
};
