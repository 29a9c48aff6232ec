'use client';

import {
  type ForwardedRef,
  forwardRef,
  type HTMLAttributes,
  useContext,
  useEffect,
  useRef,
  useSyncExternalStore,
} from 'react';
import type { VerificationFlowState } from '../../core/createVerificationFlow.js';
import { describeIdentityError } from '../../core/describeIdentityError.js';
import { describeSession, type SessionView } from '../../core/describeSession.js';
import type { IdentityError } from '../../core/IdentityError.js';
import type { IdentityMessages } from '../../core/messages.js';
import type { VerificationSession } from '../../core/types.js';
import { IdentityContext, messagesFor } from '../../react/IdentityContext.js';
import {
  type UseVerificationSessionOptions,
  useVerificationSession,
} from '../../react/useVerificationSession.js';
import type { UseVerifyIdentityOptions } from '../../react/useVerifyIdentity.js';
import { mergeClassName } from '../internal/classNames.js';
import { MessageWithNextStep } from '../internal/MessageWithNextStep.js';
import { StatusRegion } from '../internal/StatusRegion.js';
import { useComponentTexts } from '../internal/useComponentContext.js';
import { RedactionNotice } from '../RedactionNotice/RedactionNotice.js';
import { VerificationLastError } from '../VerificationLastError/VerificationLastError.js';
import { VerifyIdentityButton } from '../VerifyIdentityButton/VerifyIdentityButton.js';

/** What the card passes on to its button. */
type ButtonOptions = Pick<
  UseVerifyIdentityOptions,
  'mode' | 'input' | 'navigate' | 'onSubmitted' | 'onCanceled' | 'onError'
>;

/**
 * Props of {@link VerificationSessionCard}. Give a `sessionId` to follow a session, or a
 * `session` you already have; with neither, the card offers to start a verification and
 * follows the session the provider's verification creates. `mode`, `input`, `navigate` and the
 * callbacks go to the card's button.
 */
export interface VerificationSessionCardProps
  extends Omit<HTMLAttributes<HTMLElement>, 'onError'>,
    ButtonOptions {
  /** The session to follow through `useVerificationSession` (polls while it is processing). */
  sessionId?: string | null;
  /** A session you already hold. With `sessionId`, shown until the first read arrives. */
  session?: VerificationSession | null;
  /** Polling of the followed session, as in `useVerificationSession`. */
  polling?: UseVerificationSessionOptions['polling'];
  /** Texts to use instead of the provider's (e.g. a locale pack). */
  messages?: IdentityMessages;
}

/** What the card shows: a session (`null`: not started yet), or a first read in flight or failed. */
type CardState =
  | { kind: 'ready'; session: VerificationSession | null }
  | { kind: 'loading' }
  | { kind: 'error'; reload: () => void };

interface CardViewProps extends Omit<HTMLAttributes<HTMLElement>, 'onError'> {
  state: CardState;
  messages: IdentityMessages | undefined;
  buttonOptions: ButtonOptions;
  forwardedRef: ForwardedRef<HTMLElement>;
}

const NOT_STARTED = { status: 'requires_input', last_error: null, redaction: null } as const;

const IDLE_FLOW: VerificationFlowState = { state: 'idle', sessionId: null, error: null };
const noSubscription = () => () => {};
const idleFlow = () => IDLE_FLOW;

/** The provider's verification as the card watches it (idle outside a provider). */
function useFlowState(): VerificationFlowState {
  const flow = useContext(IdentityContext)?.flow;
  return useSyncExternalStore(
    flow?.subscribe ?? noSubscription,
    flow?.getSnapshot ?? idleFlow,
    flow?.getSnapshot ?? idleFlow,
  );
}

/** Focuses the status, unless the user moved focus elsewhere than the card (or <body>). */
function focusStatus(status: HTMLElement | null): void {
  const doc = status?.ownerDocument;
  const active = doc?.activeElement;
  if (status && (!active || active === doc.body || status.parentElement?.contains(active))) {
    status.focus();
  }
}

/**
 * Keeps focus in the card when its button goes away, so it never falls to <body>: when the
 * card's own button submits (the session is being checked, so the button is about to go), focus
 * moves straight to the status; when the button goes for another reason with focus on it, the
 * status takes it then. The status is no control: it shows no focus ring.
 */
function useStatusFocus(showButton: boolean) {
  const statusRef = useRef<HTMLDivElement | null>(null);
  const hadButton = useRef(showButton);
  useEffect(() => {
    const doc = statusRef.current?.ownerDocument;
    if (hadButton.current && !showButton && doc?.activeElement === doc?.body) {
      focusStatus(statusRef.current);
    }
    hadButton.current = showButton;
  });
  return { statusRef, onSubmitted: () => focusStatus(statusRef.current) };
}

/** The status lines the card shows: each thing is said once by one part of the card. */
function statusLines(view: SessionView, showButton: boolean) {
  // The last error says what went wrong; the start button repeats the not-started title.
  if (view.lastError) return 'title';
  return showButton && view.phase === 'not_started' ? 'description' : 'all';
}

/** A failed start: what happened and the next step, as an alert. */
function FlowError({ error, messages }: { error: IdentityError; messages: IdentityMessages }) {
  return (
    <div data-slot="card-flow-error" data-code={error.code} role="alert">
      <MessageWithNextStep
        slot="card-flow-error"
        text={describeIdentityError(error, messages)}
        nextStepLabel={messages.nextStepLabel}
      />
    </div>
  );
}

/** The card's one root element and its contents, for every state. */
function CardView({
  state,
  messages: messagesProp,
  buttonOptions,
  forwardedRef,
  className,
  ...rest
}: CardViewProps) {
  const context = useContext(IdentityContext);
  const messages = messagesProp ?? messagesFor(context?.messages);
  const flowError = useFlowState().error;
  const { theme, dir } = useComponentTexts(messagesProp);
  const session = state.kind === 'ready' ? (state.session ?? NOT_STARTED) : null;
  const view = session ? describeSession(session, messages) : null;
  const showButton = Boolean(view?.canRetry) && context !== null;
  const focus = useStatusFocus(showButton);

  const root = {
    ref: forwardedRef,
    'aria-label': messages.card.label,
    'data-rsi': 'verification-session-card',
    'data-state': state.kind,
    dir,
    ...theme,
    ...rest,
    className: mergeClassName('rsi-verification-session-card', className),
  };

  if (state.kind === 'loading') {
    return (
      <section {...root} aria-busy="true">
        <p data-slot="card-loading">{messages.card.loading}</p>
      </section>
    );
  }
  if (state.kind === 'error') {
    return (
      <section {...root}>
        <p data-slot="card-load-error" role="alert">
          {messages.card.loadError}
        </p>
        <button type="button" data-slot="card-reload" onClick={state.reload}>
          {messages.card.reload}
        </button>
      </section>
    );
  }
  if (!session || !view) return null; // unreachable: every other state returned above
  // A failed start is the newer news: it replaces the last error.
  const startError = showButton ? flowError : null;
  return (
    <section {...root} data-phase={view.phase} data-tone={view.tone}>
      <StatusRegion
        ref={focus.statusRef}
        tabIndex={-1}
        view={view}
        label={messages.statusLabel}
        lines={statusLines(view, showButton)}
        {...theme}
      />
      {startError ? null : <VerificationLastError session={session} messages={messages} />}
      <RedactionNotice session={session} messages={messages} />
      {startError ? <FlowError error={startError} messages={messages} /> : null}
      {showButton ? (
        <VerifyIdentityButton
          {...buttonOptions}
          onSubmitted={(id) => {
            focus.onSubmitted();
            buttonOptions.onSubmitted?.(id);
          }}
          messages={messages}
          retry={view.phase === 'action_required'}
        />
      ) : null}
    </section>
  );
}

interface FollowedCardProps extends Omit<CardViewProps, 'state'> {
  /** The host's `sessionId`, if any. */
  sessionId: string | null | undefined;
  fallback: VerificationSession | null;
  polling: UseVerificationSessionOptions['polling'];
}

/**
 * Follows a session (needs the provider): the host's `sessionId`, else the session of the
 * provider's verification once it has one. A session the verification just created stays "not
 * started" until its first read arrives (the modal is open meanwhile): no loading state flashes.
 */
function FollowedCard({ sessionId, fallback, polling, ...props }: FollowedCardProps) {
  const flowSessionId = useFlowState().sessionId;
  const followId = sessionId || flowSessionId;
  const query = useVerificationSession(followId, polling === undefined ? {} : { polling });
  const session = query.data ?? fallback;
  let state: CardState = { kind: 'ready', session };
  if (!session && query.isError) state = { kind: 'error', reload: () => void query.refetch() };
  else if (!session && sessionId) state = { kind: 'loading' };
  return <CardView state={state} {...props} />;
}

/**
 * Everything about one verification in a labelled `<section>`: its status (announced once per
 * change), the last error with its next step, the redaction notice, and a button to start or
 * retry when the session allows it (with the provider's start error as an alert if that fails).
 * With `sessionId` it follows the session (`useVerificationSession`): `data-state` is `loading`
 * (with `aria-busy`), `error` (a message and a reload button) or `ready`. Without a session it
 * offers to start one and follows the session the provider's verification creates (whichever
 * button under the provider started it).
 *
 * @example
 * <VerificationSessionCard sessionId={user.verificationSessionId} />
 */
export const VerificationSessionCard = forwardRef<HTMLElement, VerificationSessionCardProps>(
  function VerificationSessionCard(
    {
      sessionId,
      session,
      polling,
      messages,
      mode,
      input,
      navigate,
      onSubmitted,
      onCanceled,
      onError,
      ...rest
    },
    ref,
  ) {
    const buttonOptions = { mode, input, navigate, onSubmitted, onCanceled, onError };
    const hasProvider = useContext(IdentityContext) !== null;
    // With a provider and no `session` of the host's, one FollowedCard renders before and after
    // a session exists: the same element stays mounted, so focus stays in the card after a submit.
    if (sessionId || (!session && hasProvider)) {
      return (
        <FollowedCard
          {...rest}
          sessionId={sessionId}
          fallback={session ?? null}
          polling={polling}
          messages={messages}
          buttonOptions={buttonOptions}
          forwardedRef={ref}
        />
      );
    }
    return (
      <CardView
        {...rest}
        state={{ kind: 'ready', session: session ?? null }}
        messages={messages}
        buttonOptions={buttonOptions}
        forwardedRef={ref}
      />
    );
  },
);
VerificationSessionCard.displayName = 'VerificationSessionCard';
