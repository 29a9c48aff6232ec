// How small a bundle could get by dropping text alone, for scripts/size.mjs: the bundle as built,
// with string literals (and template-literal text) emptied. Import and export specifiers stay,
// and so does every text in `keep` (the English catalogue: `.` must ship it). What is left is code,
// so a size target below these figures needs less code, not shorter text.
import { parse } from 'acorn';

/** Every string the `en` catalogue (an object of objects of strings) holds. */
export function catalogueTexts(catalogue) {
  const texts = new Set();
  const walk = (value) => {
    if (typeof value === 'string') texts.add(value);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  walk(catalogue);
  return texts;
}

/**
 * `code` with the strings that `drop(text)` selects emptied (`"…"` → `""`, template text removed,
 * its `${…}` parts kept), except import/export specifiers and the texts in `keep`.
 */
export function emptyStrings(code, { keep, drop }) {
  const cuts = [];
  const visit = (node) => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node.type !== 'string') return;
    if (node.type === 'ImportDeclaration' || (node.source && node.type.startsWith('Export'))) {
      return;
    }
    if (node.type === 'Literal' && typeof node.value === 'string') {
      if (node.value && !keep.has(node.value) && drop(node.value)) {
        cuts.push([node.start + 1, node.end - 1]);
      }
      return;
    }
    if (node.type === 'TemplateElement') {
      if (node.value.raw && drop(node.value.cooked ?? node.value.raw)) {
        cuts.push([node.start, node.end]);
      }
      return;
    }
    for (const key of Object.keys(node)) visit(node[key]);
  };
  visit(parse(code, { ecmaVersion: 'latest', sourceType: 'module' }));
  let out = code;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + out.slice(end);
  }
  return out;
}

/**
 * The two floors of `files` (the modules a page loads first, each parsed on its own): without
 * message text (strings with a space), and without any string.
 */
export function textFloors(files, keep, gzip) {
  const floor = (drop) => gzip(files.map((code) => emptyStrings(code, { keep, drop })).join('\n'));
  return {
    withoutMessageText: floor((text) => text.includes(' ')),
    withoutAnyString: floor(() => true),
  };
}
