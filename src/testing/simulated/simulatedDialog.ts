import type { LastErrorCode } from '../../core/types.js';

/** What the person picked in the simulated modal. */
export type SimulatedOutcome =
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
  choose(choice: SimulatedOutcome): void;
}

interface OpenOptions {
  document: Document;
  container: HTMLElement | undefined;
  sessionId: string;
  onChoose: (choice: SimulatedOutcome) => void;
}

let dialogCount = 0;

const FOCUSABLE = 'button:not([disabled]), select:not([disabled])';

/** The card's font stack (styles.css): the modal reads like the page's components. */
const FONT =
  '-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Ubuntu,sans-serif';

/** Inline styles: the test kit ships no stylesheet and must read well over any page. */
const STYLES = {
  backdrop:
    'position:fixed;inset:0;z-index:2147483000;display:flex;align-items:center;justify-content:center;' +
    'padding:16px;background:rgba(26,31,54,0.55);',
  dialog:
    'box-sizing:border-box;width:100%;max-width:440px;max-height:100%;overflow:auto;padding:28px 24px 20px;' +
    'border-radius:12px;background:#ffffff;color:#30313d;' +
    'box-shadow:0 15px 35px rgba(50,50,93,0.2),0 5px 15px rgba(0,0,0,0.12);' +
    `font:16px/1.5 ${FONT};text-align:left;`,
  badge:
    'display:inline-block;margin:0 0 12px;padding:1px 8px;border-radius:4px;background:#fcedb9;' +
    'color:#7a3d00;font-size:12px;font-weight:600;',
  title: 'margin:0 0 4px;font-size:20px;line-height:1.3;font-weight:600;color:#30313d;',
  text: 'margin:0 0 20px;color:#596171;font-size:14px;',
  field: 'display:flex;flex-direction:column;gap:6px;margin:16px 0 12px;',
  label: 'font-size:14px;font-weight:600;color:#30313d;',
  select:
    'box-sizing:border-box;width:100%;min-height:40px;padding:8px 10px;font:inherit;font-size:15px;' +
    'border:1px solid #d5dbe1;border-radius:6px;background:#ffffff;color:#30313d;',
  primary:
    'display:block;box-sizing:border-box;width:100%;min-height:44px;padding:10px 16px;font:inherit;font-weight:600;' +
    'border:0;border-radius:6px;background:#635bff;color:#ffffff;cursor:pointer;' +
    'box-shadow:0 1px 1px rgba(0,0,0,0.08),0 2px 5px rgba(50,50,93,0.12);',
  secondary:
    'display:block;box-sizing:border-box;width:100%;min-height:44px;padding:10px 16px;font:inherit;font-weight:600;' +
    'border:1px solid #d5dbe1;border-radius:6px;background:#ffffff;color:#30313d;cursor:pointer;',
  footer:
    'display:flex;justify-content:space-between;gap:8px;margin:20px -8px 0;padding-top:12px;' +
    'border-top:1px solid #ebeef1;',
  quiet:
    'min-height:40px;padding:8px;font:inherit;font-size:14px;font-weight:600;border:0;border-radius:6px;' +
    'background:transparent;color:#4b45c6;cursor:pointer;',
} as const;

/** Plain-word names of the failures, grouped; values are the codes (the simulated pages' choices). */
export const SIMULATED_FAILURES: [group: string, options: [code: string, label: string][]][] = [
  [
    'ID document',
    [
      ['document_expired', 'The document has expired'],
      ['document_type_not_supported', 'This type of document is not accepted'],
      ['document_unverified_other', 'The document could not be verified'],
    ],
  ],
  [
    'Selfie',
    [
      ['selfie_face_mismatch', 'The selfie does not match the photo'],
      ['selfie_document_missing_photo', 'The document has no photo'],
      ['selfie_manipulated', 'The selfie looks edited'],
      ['selfie_unverified_other', 'The selfie could not be verified'],
    ],
  ],
  [
    'ID number',
    [
      ['id_number_mismatch', 'The ID number does not match'],
      ['id_number_insufficient_document_data', 'The document lacks the data to check it'],
      ['id_number_unverified_other', 'The ID number could not be verified'],
    ],
  ],
  [
    'Email and phone',
    [
      ['email_unverified_other', 'The email could not be verified'],
      ['email_verification_declined', 'The email check was declined'],
      ['phone_unverified_other', 'The phone number could not be verified'],
      ['phone_verification_declined', 'The phone check was declined'],
    ],
  ],
  [
    'The person or their device',
    [
      ['abandoned', 'Started but not finished'],
      ['consent_declined', 'Consent was declined'],
      ['under_supported_age', 'Too young to be verified'],
      ['country_not_supported', 'The country is not supported'],
      ['device_not_supported', 'The device has no camera'],
      [SIMULATED_UNKNOWN_CODE, 'A reason this library does not know'],
    ],
  ],
];

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

  const badge = el('p', STYLES.badge, 'Test mode');
  const title = el('h2', STYLES.title, 'Stripe Identity (simulated)');
  title.id = titleId;

  const description = el('p', STYLES.text);
  description.id = descriptionId;
  description.append(
    "This stands in for Stripe's verification window; nothing is sent to Stripe. Choose what happens to session ",
    el(
      'span',
      'font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px;',
      options.sessionId,
    ),
    '.',
  );

  const verify = el('button', STYLES.primary, 'Submit and verify');
  verify.type = 'button';

  const field = el('div', STYLES.field);
  const label = el('label', STYLES.label, 'Or make the check fail because');
  label.htmlFor = selectId;
  const select = el('select', STYLES.select);
  select.id = selectId;
  for (const [name, failures] of SIMULATED_FAILURES) {
    const group = el('optgroup', '');
    group.label = name;
    for (const [code, text] of failures) {
      const option = el('option', '', text);
      option.value = code;
      group.append(option);
    }
    select.append(group);
  }
  select.value = 'document_expired';
  field.append(label, select);
  const fail = el('button', STYLES.secondary, 'Submit and fail');
  fail.type = 'button';

  const footer = el('div', STYLES.footer);
  const decline = el('button', STYLES.quiet, 'Decline consent');
  decline.type = 'button';
  const close = el('button', STYLES.quiet, 'Close');
  close.type = 'button';
  footer.append(decline, close);

  dialog.append(badge, title, description, verify, field, fail, footer);
  backdrop.append(dialog);

  let done = false;
  const teardown = () => {
    doc.removeEventListener('keydown', onKeyDown, true);
    doc.removeEventListener('focusin', onFocusIn, true);
    backdrop.remove();
    if (previouslyFocused?.isConnected) previouslyFocused.focus();
  };
  const choose = (choice: SimulatedOutcome) => {
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
