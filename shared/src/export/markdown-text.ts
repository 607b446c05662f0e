/**
 * User text made inert in GitHub-flavoured Markdown, with a backslash only where a character would
 * otherwise change the rendering in its position: a reader of the raw file sees the words as typed.
 * Web addresses are left whole, so the renderer's autolinks keep them working links.
 */

const PUNCTUATION = /[!-/:-@[-`{-~]/;
const SPACE = /\s/;
const URL = /(?:https?:\/\/|www\.)[^\s<]+/g;

/** Where the text sits: `heading` strips a closing `#` run; `indent` continues a list item. */
export interface MarkdownTextOptions {
  heading?: boolean;
  indent?: string;
}

/** User text as inline Markdown; a line break becomes a hard break that stays inside its list item. */
export function escapeMarkdown(text: string, options: MarkdownTextOptions = {}): string {
  const lines = text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line, i, all) => line !== '' || all.length === 1);
  const escaped = lines.map((line, i) => escapeLine(line, i > 0));
  if (options.heading && escaped.length > 0) {
    const last = escaped.length - 1;
    escaped[last] = escaped[last]!.replace(/(^|\s)(#+)$/, '$1\\$2');
  }
  return escaped.join(`\\\n${options.indent ?? ''}`);
}

function escapeLine(line: string, continuation: boolean): string {
  let out = '';
  let last = 0;
  for (const match of line.matchAll(URL)) {
    out += escapeInline(line.slice(last, match.index));
    out += match[0];
    last = match.index + match[0].length;
  }
  out += escapeInline(line.slice(last));
  return escapeLineStart(out, continuation);
}

/** Block syntax that only counts at the start of a line: headings, quotes, lists, fences, rules. */
function escapeLineStart(line: string, continuation: boolean): string {
  if (/^#{1,6}(\s|$)/.test(line) || /^>/.test(line)) return `\\${line}`;
  if (/^(`{3,}|~{3,})/.test(line)) return `\\${line}`;
  if (/^[-+*](\s|$)/.test(line) || /^([-*_])(\s*\1){2,}\s*$/.test(line)) return `\\${line}`;
  if (continuation && /^=+\s*$/.test(line)) return `\\${line}`;
  return line.replace(/^(\d{1,9})([.)])(\s|$)/, '$1\\$2$3');
}

/** Inline syntax: emphasis, code spans, links, raw HTML, entities, strikethrough, backslashes. */
function escapeInline(text: string): string {
  const chars = [...text];
  const escape = new Set<number>();
  markDelimiterRuns(chars, '*', escape);
  markDelimiterRuns(chars, '_', escape);
  markCodeSpans(chars, escape);
  const tildes = chars.filter((c) => c === '~').length;
  chars.forEach((c, i) => {
    const next = chars[i + 1] ?? '';
    if (c === '\\' && PUNCTUATION.test(next)) escape.add(i);
    else if (c === '<' && /[A-Za-z/!?]/.test(next)) escape.add(i);
    else if (
      c === '&' &&
      /^&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/.test(chars.slice(i, i + 40).join(''))
    )
      escape.add(i);
    else if (c === '~' && tildes >= 2) escape.add(i);
    else if (c === '[' && /\](\(|\[)/.test(chars.slice(i).join(''))) escape.add(i);
  });
  return chars.map((c, i) => (escape.has(i) ? `\\${c}` : c)).join('');
}

function kindOf(char: string | undefined): 'space' | 'punct' | 'other' {
  if (char === undefined || SPACE.test(char)) return 'space';
  return PUNCTUATION.test(char) || /\p{P}|\p{S}/u.test(char) ? 'punct' : 'other';
}

/** Marks runs of `*` or `_` that could open or close emphasis with another run in the same text. */
function markDelimiterRuns(chars: string[], delimiter: '*' | '_', escape: Set<number>): void {
  const runs: Array<{ start: number; end: number; opens: boolean; closes: boolean }> = [];
  for (let i = 0; i < chars.length; i += 1) {
    if (chars[i] !== delimiter) continue;
    let end = i;
    while (chars[end + 1] === delimiter) end += 1;
    const before = kindOf(chars[i - 1]);
    const after = kindOf(chars[end + 1]);
    const left = after !== 'space' && (after !== 'punct' || before !== 'other');
    const right = before !== 'space' && (before !== 'punct' || after !== 'other');
    const opens = delimiter === '*' ? left : left && (!right || before === 'punct');
    const closes = delimiter === '*' ? right : right && (!left || after === 'punct');
    runs.push({ start: i, end, opens, closes });
    i = end;
  }
  runs.forEach((run, k) => {
    const partner =
      (run.opens && runs.slice(k + 1).some((other) => other.closes)) ||
      (run.closes && runs.slice(0, k).some((other) => other.opens));
    if (partner) for (let i = run.start; i <= run.end; i += 1) escape.add(i);
  });
}

/** Marks backtick runs that have a partner of the same length, which would make a code span. */
function markCodeSpans(chars: string[], escape: Set<number>): void {
  const byLength = new Map<number, number[]>();
  for (let i = 0; i < chars.length; i += 1) {
    if (chars[i] !== '`') continue;
    let end = i;
    while (chars[end + 1] === '`') end += 1;
    const length = end - i + 1;
    byLength.set(length, [...(byLength.get(length) ?? []), i]);
    i = end;
  }
  for (const [length, starts] of byLength) {
    if (starts.length < 2) continue;
    for (const start of starts) for (let i = start; i < start + length; i += 1) escape.add(i);
  }
}
