/** A Source Map v3 object. */
export interface SourceMapV3 {
  version: 3;
  sources: string[];
  sourcesContent: string[];
  names: string[];
  mappings: string;
}

export function barrelSourceMap(code: string, source: string, sourcePath: string): SourceMapV3;
