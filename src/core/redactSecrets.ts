/**
 * Single-use secrets look like `vs_…_secret_…`; URLs of the hosted flow (`https://verify.stripe.com/…`)
 * carry one too. One pattern for both: a match that starts with `h` is such a URL (up to a
 * space, a quote or a backslash, so it also ends inside JSON text).
 */
const SECRET_PATTERN =
  /\b[A-Za-z]{2,8}_[A-Za-z0-9]+_secret_[A-Za-z0-9_]+|https:\/\/verify\.stripe\.com\/[^\s"'\\]*/g;

/**
 * Removes anything that looks like a `client_secret` or a hosted verification URL from a text,
 * so no error message, log line or rendered message can carry one.
 */
export function redactSecrets(text: string): string {
  return text.replace(SECRET_PATTERN, (match) =>
    match[0] === 'h' ? '[redacted url]' : '[redacted secret]',
  );
}

/** An error as JSON: its name, message, stack and cause, which are not enumerable, and its fields. */
function errorAsJson(_key: string, value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  const { name, message, stack, cause } = value;
  return { ...value, name, message, stack, cause };
}

/**
 * A copy of an error's `cause` that holds no secret, and no reference to the original (whose
 * fields, getters or prototype could still hold one): the cause as JSON (errors with their name,
 * message, stack and nested causes), every text redacted, read back as plain objects. What helps
 * debugging stays: codes, types, statuses, messages. A cause JSON cannot hold (a cycle) becomes
 * its redacted `String()`.
 */
export function redactCause(cause: unknown): unknown {
  let json: string | undefined;
  try {
    json = JSON.stringify(cause, errorAsJson);
  } catch {
    return redactSecrets(String(cause));
  }
  return json === undefined ? undefined : JSON.parse(redactSecrets(json));
}
