import { en } from '../../core/en.js';
import { LAST_ERROR_CODES, type LastErrorCode } from '../../core/types.js';

/** What the person picked in the simulated modal. */
export type SimulatedChoice =
  | { action: 'verify' }
  | { action: 'fail'; code: LastErrorCode; reason?: string | null }
  | { action: 'close' }
  | { action: 'decline_consent' };

/** A code outside the 19 documented ones, offered so the catalogue's fallback can be seen. */
export const SIMULATED_UNKNOWN_CODE = 'address_mismatch';

/** Stripe's `reason` sent with {@link SIMULATED_UNKNOWN_CODE}: shown when the code is unknown. */
export const SIMULATED_UNKNOWN_REASON =
  'The address on your document does not match the address you entered.';

/** An open simulated modal. */
export interface SimulatedDialogHandle {
  /** The dialog element (`role="dialog"`). */
  readonly element: HTMLElement;
  /** Picks an answer as if the person had clicked it, and closes the dialog. */
  choose(choice: SimulatedChoice): void;
}

interface OpenOptions {
  document: Document;
  container: HTMLElement | undefined;
  sessionId: string;
  onChoose: (choice: SimulatedChoice) => void;
}

let dialogCount = 0;

const FOCUSABLE = 'button:not([disabled]), select:not([disabled])';

/** Inline styles: the test kit ships no stylesheet and must read well over any page. */
const STYLES = {
  backdrop:
    'position:fixed;inset:0;z-index:2147483000;display:flex;align-items:center;justify-content:center;' +
    'padding:16px;background:rgba(26,31,54,0.6);',
  dialog:
    'box-sizing:border-box;width:100%;max-width:420px;max-height:100%;overflow:auto;padding:24px;' +
    'border-radius:12px;background:#ffffff;color:#1a1f36;box-shadow:0 12px 48px rgba(0,0,0,0.35);' +
    'font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;text-align:left;',
  title: 'margin:0 0 8px;font-size:18px;font-weight:600;color:#1a1f36;',
  text: 'margin:0 0 16px;color:#3c4257;',
  code: 'font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px;color:#1a1f36;',
  group:
    'margin:0 0 12px;padding:12px;border:1px solid #c1c9d2;border-radius:8px;display:flex;' +
    'flex-direction:column;gap:8px;',
  label: 'font-weight:600;color:#1a1f36;',
  select:
    'font:inherit;padding:6px 8px;border:1px solid #697386;border-radius:6px;background:#ffffff;' +
    'color:#1a1f36;',
  primary:
    'display:block;width:100%;margin:0 0 12px;padding:10px 14px;font:inherit;font-weight:600;' +
    'border:1px solid #4b45c6;border-radius:6px;background:#4b45c6;color:#ffffff;cursor:pointer;',
  secondary:
    'display:block;width:100%;margin:0 0 12px;padding:10px 14px;font:inherit;font-weight:600;' +
    'border:1px solid #697386;border-radius:6px;background:#ffffff;color:#1a1f36;cursor:pointer;',
  row: 'display:flex;gap:12px;',
} as const;

function failLabel(code: string): string {
  return `Submit — will fail with ${code}`;
}

/**
 * Renders the stand-in for Stripe's identity modal: a labelled `role="dialog"` with
 * `aria-modal`, focus trapped inside, Escape to close, and focus given back to whatever had it
 * before. It shows the session id (not a secret), never the `client_secret`.
 */
export function openSimulatedDialog(options: OpenOptions): SimulatedDialogHandle {
  const doc = options.document;
  const n = ++dialogCount;
  const titleId = `rsi-simulated-stripe-title-${n}`;
  const descriptionId = `rsi-simulated-stripe-description-${n}`;
  const selectId = `rsi-simulated-stripe-code-${n}`;
  const active = doc.activeElement;
  const previouslyFocused =
    active && active !== doc.body && 'focus' in active ? (active as HTMLElement) : null;

  const el = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    style: string,
    text?: string,
  ): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag);
    node.setAttribute('style', style);
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const backdrop = el('div', STYLES.backdrop);
  backdrop.setAttribute('data-rsi-simulated-stripe', '');

  const dialog = el('div', STYLES.dialog);
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', titleId);
  dialog.setAttribute('aria-describedby', descriptionId);
  dialog.tabIndex = -1;

  const title = el('h2', STYLES.title, 'Stripe Identity (simulated)');
  title.id = titleId;

  const description = el('p', STYLES.text);
  description.id = descriptionId;
  description.append(
    "This window stands in for Stripe's verification modal. Nothing is sent to Stripe. Choose what happens to session ",
    el('span', STYLES.code, options.sessionId),
    '.',
  );

  const verify = el('button', STYLES.primary, 'Submit — will be verified');
  verify.type = 'button';

  const group = el('div', STYLES.group);
  group.setAttribute('role', 'group');
  group.setAttribute('aria-labelledby', `${selectId}-label`);
  const label = el('label', STYLES.label, 'Reason the check will fail (last_error.code)');
  label.id = `${selectId}-label`;
  label.htmlFor = selectId;
  const select = el('select', STYLES.select);
  select.id = selectId;
  for (const code of LAST_ERROR_CODES) {
    const option = el('option', '', `${code} — ${en.lastError[code].message}`);
    option.value = code;
    select.append(option);
  }
  const unknown = el(
    'option',
    '',
    `${SIMULATED_UNKNOWN_CODE} — a code the catalogue does not know`,
  );
  unknown.value = SIMULATED_UNKNOWN_CODE;
  select.append(unknown);
  const fail = el('button', `${STYLES.secondary}margin:0;`, failLabel(select.value));
  fail.type = 'button';
  select.addEventListener('change', () => {
    fail.textContent = failLabel(select.value);
  });
  group.append(label, select, fail);

  const row = el('div', STYLES.row);
  const decline = el('button', STYLES.secondary, 'Decline consent');
  decline.type = 'button';
  const close = el('button', STYLES.secondary, 'Close');
  close.type = 'button';
  row.append(decline, close);

  dialog.append(title, description, verify, group, row);
  backdrop.append(dialog);

  let done = false;
  const teardown = () => {
    doc.removeEventListener('keydown', onKeyDown, true);
    doc.removeEventListener('focusin', onFocusIn, true);
    backdrop.remove();
    if (previouslyFocused?.isConnected) previouslyFocused.focus();
  };
  const choose = (choice: SimulatedChoice) => {
    if (done) return;
    done = true;
    teardown();
    options.onChoose(choice);
  };

  const focusables = () => Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE));
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      choose({ action: 'close' });
      return;
    }
    if (event.key !== 'Tab') return;
    const items = focusables();
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    const active = doc.activeElement;
    if (event.shiftKey && (active === first || !dialog.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  }
  function onFocusIn(event: FocusEvent) {
    if (event.target instanceof Node && dialog.contains(event.target)) return;
    focusables()[0]?.focus();
  }

  verify.addEventListener('click', () => choose({ action: 'verify' }));
  fail.addEventListener('click', () =>
    choose({
      action: 'fail',
      code: select.value,
      reason: select.value === SIMULATED_UNKNOWN_CODE ? SIMULATED_UNKNOWN_REASON : null,
    }),
  );
  decline.addEventListener('click', () => choose({ action: 'decline_consent' }));
  close.addEventListener('click', () => choose({ action: 'close' }));

  (options.container ?? doc.body).append(backdrop);
  doc.addEventListener('keydown', onKeyDown, true);
  doc.addEventListener('focusin', onFocusIn, true);
  verify.focus();

  return { element: dialog, choose };
}
