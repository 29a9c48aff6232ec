'use client';

import {
  type ButtonHTMLAttributes,
  Children,
  type CSSProperties,
  type FocusEvent,
  forwardRef,
  isValidElement,
  type MouseEvent,
  type PointerEvent,
  type ReactElement,
  type ReactNode,
  useContext,
  useId,
  useMemo,
  useRef,
} from 'react';
import { enButton, enError } from '../../core/en.js';
import type { IdentityMessages } from '../../core/messages.js';
import { IdentityContext, missingProviderMessage } from '../../react/IdentityContext.js';
import {
  type UseVerifyIdentityOptions,
  type UseVerifyIdentityResult,
  useVerifyIdentity,
} from '../../react/useVerifyIdentity.js';
import { mergeClassName } from '../internal/classNames.js';
import { composeRefs } from '../internal/composeRefs.js';
import { renderSlot } from '../internal/Slot.js';
import { textsOf, useComponentTexts } from '../internal/useComponentContext.js';

/**
 * Props of {@link VerifyIdentityButton}: every `useVerifyIdentity` option (`input`, `mode`,
 * `onSubmitted`, `onCanceled`, `onError`, `navigate`) plus the button's own attributes.
 * `onError` is the flow's error callback, not the DOM `error` event.
 */
export interface VerifyIdentityButtonProps
  extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onError'>,
    UseVerifyIdentityOptions {
  /**
   * Render your own element (the only child, e.g. a styled link or your design system's
   * button) instead of a `<button>`, with this component's props and behaviour merged in.
   */
  asChild?: boolean;
  /**
   * Label the button "Try again" (`messages.button.retry`) whenever it can start: the session
   * failed a check before.
   */
  retry?: boolean;
  /** Texts to use instead of the provider's (e.g. a locale pack). */
  messages?: IdentityMessages;
  /** Your label. Default: `messages.button[state]`, which follows the flow. */
  children?: ReactNode;
}

/**
 * The error hint's style: hidden visually but read by screen readers, with no stylesheet
 * needed; block display, so the accessible name joins it to the label with a space.
 */
const ERROR_HINT_STYLE: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
  display: 'block',
};

function isBusy(state: UseVerifyIdentityResult['state']): boolean {
  return state === 'creating' || state === 'verifying';
}

/** After the modal closes, focus goes back to the button unless the user moved it elsewhere. */
function restoreFocus(element: HTMLElement | null): void {
  if (!element?.isConnected) return;
  const active = element.ownerDocument.activeElement;
  if (active === null || active === element.ownerDocument.body || !active.isConnected) {
    element.focus();
  }
}

/**
 * The button that starts a verification: asks your backend for a session and opens Stripe's
 * identity modal (`useVerifyIdentity`). Stripe.js starts loading as soon as the pointer enters
 * or the button gets focus. While a session is created and the modal is open it is
 * `aria-busy` and `aria-disabled` (it stays focusable, and a click starts nothing), and its
 * label follows the flow; `data-state` is the flow's state. When the modal closes, focus
 * returns to the button. After a cancel or an error its label says what to do next ("Start
 * again", "Try again"; with your own label, "Try again" is added for screen readers) and its
 * accessible description says what happened (`messages.error[code].message`). Show the error
 * itself beside it with `describeIdentityError(error, messages)` (`<VerificationSessionCard>`
 * does).
 *
 * Must be rendered inside `<IdentityProvider>`.
 *
 * @example
 * <VerifyIdentityButton input={{ plan: 'pro' }} onSubmitted={(id) => setSessionId(id)} />
 * <VerifyIdentityButton asChild><a href="#verify">Verify now</a></VerifyIdentityButton>
 */
export const VerifyIdentityButton = forwardRef<HTMLButtonElement, VerifyIdentityButtonProps>(
  function VerifyIdentityButton(
    {
      asChild = false,
      retry = false,
      messages: messagesProp,
      children,
      mode,
      input,
      onSubmitted,
      onCanceled,
      onError,
      navigate,
      onClick,
      onPointerEnter,
      onFocus,
      className,
      ...rest
    },
    ref,
  ) {
    if (!useContext(IdentityContext)) {
      throw new Error(
        `[react-stripe-identity] ${missingProviderMessage('<VerifyIdentityButton>')}`,
      );
    }
    const { texts, theme, dir } = useComponentTexts(messagesProp);
    const button = textsOf(texts, 'button', enButton); // the only texts it shows
    const flow = useVerifyIdentity({ mode, input, onSubmitted, onCanceled, onError, navigate });
    const outcomeId = useId();
    const elementRef = useRef<HTMLButtonElement | null>(null);
    const composedRef = useMemo(() => composeRefs(ref, elementRef), [ref]);
    const busy = isBusy(flow.state);

    if (asChild && (Children.count(children) !== 1 || !isValidElement(children))) {
      throw new Error(
        `[react-stripe-identity] <VerifyIdentityButton asChild> needs exactly one React element as its child${
          process.env.NODE_ENV !== 'production'
            ? ', e.g. <VerifyIdentityButton asChild><a href="#verify">Verify</a></VerifyIdentityButton>. Remove `asChild` to render a <button> with your text.'
            : '.'
        }`,
      );
    }

    const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
      onClick?.(event);
      if (event.defaultPrevented) return;
      if (asChild) event.preventDefault(); // e.g. an <a href>: start the flow, do not navigate
      if (busy || rest.disabled) return;
      const element = elementRef.current;
      void flow.start().then(() => restoreFocus(element));
    };
    const handlePointerEnter = (event: PointerEvent<HTMLButtonElement>) => {
      onPointerEnter?.(event);
      flow.preload();
    };
    const handleFocus = (event: FocusEvent<HTMLButtonElement>) => {
      onFocus?.(event);
      flow.preload();
    };

    // `retry`: the session failed a check, so whatever the last run did, the next one retries.
    const label = !busy && retry ? button.retry : button[flow.state];
    // A host label says nothing about the error: add "Try again" for screen readers.
    const errorHint =
      children !== undefined && flow.state === 'error' ? (
        <span data-slot="button-error-hint" style={ERROR_HINT_STYLE}>
          {button.error}
        </span>
      ) : null;
    // After a cancel or an error, the button says what happened (its description, read with
    // its name when focus comes back from the modal); the label says what to do next.
    const error = flow.state === 'canceled' ? { code: 'canceled' as const } : flow.error;
    const outcome = error ? (
      <span id={outcomeId} data-slot="button-outcome" hidden>
        {textsOf(texts, 'error', enError)[error.code]?.message}
      </span>
    ) : null;
    const describedBy = [rest['aria-describedby'], outcome && outcomeId].filter(Boolean).join(' ');

    const shared = {
      ref: composedRef,
      'aria-busy': busy || undefined,
      'aria-disabled': busy || undefined,
      'data-rsi': 'verify-identity-button',
      'data-state': flow.state,
      'data-error-code': flow.error?.code,
      dir,
      ...theme,
      ...rest,
      'aria-describedby': describedBy || undefined,
      className: mergeClassName('rsi-verify-identity-button', className),
      onClick: handleClick,
      onPointerEnter: handlePointerEnter,
      onFocus: handleFocus,
    };

    // `children` is one element here (checked above).
    const appended = outcome ? (
      <>
        {errorHint}
        {outcome}
      </>
    ) : null;
    if (asChild) return renderSlot(children as ReactElement, shared, appended);
    return (
      <button type="button" {...shared}>
        {children ?? label}
        {appended}
      </button>
    );
  },
);
VerifyIdentityButton.displayName = 'VerifyIdentityButton';
