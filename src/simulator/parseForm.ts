/** A form field's value once its `a[b][0]` name is unfolded: a string, or named/indexed children. */
export type FormValue = string | FormObject;
/** Children of a bracketed form name: `a[b]=1` gives `{ a: { b: '1' } }`, `a[0]` the key `"0"`. */
export interface FormObject {
  [key: string]: FormValue;
}

/**
 * Unfolds `application/x-www-form-urlencoded` text (what the `stripe` SDK sends, in the body of a
 * POST and the query of a GET) into nested objects of strings. `a[]=x` appends at the next index.
 * A name given twice keeps its last value, as Stripe does.
 */
export function parseForm(text: string): FormObject {
  const out: FormObject = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const path = key.replace(/\]/g, '').split('[');
    let node: FormObject = out;
    path.forEach((part, i) => {
      const name = part === '' && i > 0 ? String(Object.keys(node).length) : part;
      if (i === path.length - 1) {
        node[name] = value;
        return;
      }
      const child = node[name];
      const next: FormObject = typeof child === 'object' ? child : {};
      node[name] = next;
      node = next;
    });
  }
  return out;
}
