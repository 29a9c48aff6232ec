// A source map for an entry module that only re-exports (src/index.ts, src/core/index.ts, …).
// Rolldown writes no map for such a module: it has no code of its own to map. Without one, the
// published dist/index.js would be the one file whose map a debugger or a checker cannot find.
// Each generated line that imports a name maps to the first line of the source that names it.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One field of a mapping, Base64 VLQ (Source Map v3). */
function vlq(value) {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += BASE64[digit];
  } while (rest > 0);
  return out;
}

/**
 * The map of `code`, generated from the re-exports in `source`.
 * @param {string} code the generated module
 * @param {string} source the TypeScript it was generated from
 * @param {string} sourcePath the path to write in `sources`, relative to the map
 */
export function barrelSourceMap(code, source, sourcePath) {
  const sourceLines = source.split('\n');
  // Source index, line and column are relative to the previous segment of the whole map;
  // the generated column starts again at 0 on every line.
  let previous = { line: 0, column: 0 };
  const mappings = code.split('\n').map((line) => {
    const names = line.match(/^(?:import|export)\s*\{([^}]*)\}/)?.[1]?.split(',') ?? [];
    for (const name of names.map((n) => n.trim().split(/\s+/)[0]).filter(Boolean)) {
      const word = new RegExp(`\\b${name.replaceAll('$', '\\$')}\\b`);
      const at = sourceLines.findIndex((text) => !/^\s*(\*|\/)/.test(text) && word.test(text));
      if (at < 0) continue;
      const column = sourceLines[at].search(/\S/);
      const segment = `${vlq(0)}${vlq(0)}${vlq(at - previous.line)}${vlq(column - previous.column)}`;
      previous = { line: at, column };
      return segment;
    }
    return '';
  });
  return {
    version: 3,
    sources: [sourcePath],
    sourcesContent: [source],
    names: [],
    mappings: mappings.join(';'),
  };
}
