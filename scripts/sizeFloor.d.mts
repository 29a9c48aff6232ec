/** Every string the catalogue (an object of objects of strings) holds. */
export declare function catalogueTexts(catalogue: unknown): Set<string>;

/** `code` with the strings `drop` selects emptied; specifiers and `keep` texts stay. */
export declare function emptyStrings(
  code: string,
  options: { keep: Set<string>; drop: (text: string) => boolean },
): string;

/** gzip sizes of `files` (each a module) without message text and without any string. */
export declare function textFloors(
  files: readonly string[],
  keep: Set<string>,
  gzip: (code: string) => number,
): { withoutMessageText: number; withoutAnyString: number };
