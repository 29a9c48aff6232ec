'use client';

import {
  type CSSProperties,
  type ForwardedRef,
  forwardRef,
  type HTMLAttributes,
  useEffect,
  useRef,
  useState,
} from 'react';
import { describeSession } from '../../core/describeSession.js';
import { en } from '../../core/en.js';
import type { IdentityError } from '../../core/IdentityError.js';
import type { IdentityMessages } from '../../core/messages.js';
import type { VerificationSession } from '../../core/types.js';
import { useOptionalIdentityContext } from '../../react/IdentityContext.js';
import {
  type UseVerificationSessionOptions,
  useVerificationSession,
} from '../../react/useVerificationSession.js';
import type { UseVerifyIdentityOptions } from '../../react/useVerifyIdentity.js';
import { mergeClassName } from '../internal/classNames.js';
import { themeProps, useComponentTexts } from '../internal/useComponentContext.js';
import { RedactionNotice } from '../RedactionNotice/RedactionNotice.js';
import { VerificationLastError } from '../VerificationLastError/VerificationLastError.js';
import { CardStatus } from '../VerificationStatus/VerificationStatus.js';
import { VerifyIdentityButton } from '../VerifyIdentityButton/VerifyIdentityButton.js';

/**
 * Props of {@link VerificationSessionCard}. Give a `sessionId` to follow a session, or a
 * `session` you already have; with neither, the card offers to start a verification and
 * follows the session it creates. `mode`, `input`, `navigate` and the callbacks go to the
 * card's button.
 */
export interface VerificationSessionCardProps
  extends Omit<HTMLAttributes<HTMLElement>, 'onError'>,
    Pick<
      UseVerifyIdentityOptions,
      'mode' | 'input' | 'navigate' | 'onSubmitted' | 'onCanceled' | 'onError'
    > {
  /** The session to follow through `useVerificationSession` (polls while it is processing). */
  sessionId?: string | null;
  /** A session you already hold. With `sessionId`, shown until the first read arrives. */
  session?: VerificationSession | null;
  /** Polling of the followed session, as in `useVerificationSession`. */
  polling?: UseVerificationSessionOptions['polling'];
  /** Texts to use instead of the provider's (e.g. a locale pack). */
  messages?: IdentityMessages;
}

type ButtonOptions = Pick<
  VerificationSessionCardProps,
  'mode' | 'input' | 'navigate' | 'onSubmitted' | 'onCanceled' | 'onError'
>;

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

/** The card's one root element and its contents, for every state. */
function CardView({
  state,
  messages: messagesProp,
  buttonOptions,
  forwardedRef,
  className,
  style,
  ...rest
}: CardViewProps) {
  const context = useOptionalIdentityContext();
  const messages = messagesProp ?? context?.messages ?? en; // the provider's: merged over English
  const appearance = context?.appearance;
  const { dir } = useComponentTexts(messagesProp);
  const hasProvider = context !== null;
  const [flowError, setFlowError] = useState<IdentityError | null>(null);
  const statusRef = useRef<HTMLDivElement | null>(null);

  const session = state.kind === 'ready' ? (state.session ?? NOT_STARTED) : null;
  const view = session ? describeSession(session, messages) : null;
  const showButton = Boolean(view?.canRetry) && hasProvider;

  // The button goes away once the session moves on (e.g. `processing` after a submit). If it
  // had focus, focus would fall to <body>: move it to the status instead, which then reads the
  // verdict (once the card shows one again: it may be loading the new session first). The
  // status is no control, so it shows no focus ring (styles.css).
  const hadButton = useRef(showButton);
  const focusStatus = useRef(false);
  useEffect(() => {
    const doc = globalThis.document;
    const lost = () => doc.activeElement === null || doc.activeElement === doc.body;
    if (hadButton.current && !showButton && lost()) focusStatus.current = true;
    hadButton.current = showButton;
    if (focusStatus.current && statusRef.current) {
      focusStatus.current = false;
      if (lost()) statusRef.current.focus();
    }
  });

  // An error from another copy of this library may carry a code this catalogue lacks.
  const flowText = flowError
    ? (messages.error[flowError.code] ?? messages.lastErrorFallback)
    : null;

  const root = {
    ref: forwardedRef,
    'aria-label': messages.card.label,
    'data-rsi': 'verification-session-card',
    'data-state': state.kind,
    dir,
    ...themeProps(appearance, style as CSSProperties | undefined),
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
  const { onSubmitted, onCanceled, onError } = buttonOptions;
  return (
    <section {...root} data-phase={view.phase} data-tone={view.tone}>
      {/* One message and one next step: the last error says what went wrong, so the status
          keeps only its title; the start button repeats the not-started title, so it goes. */}
      <CardStatus
        ref={statusRef}
        tabIndex={-1}
        session={session}
        messages={messages}
        parts={
          view.lastError
            ? 'title'
            : showButton && view.phase === 'not_started'
              ? 'description'
              : 'all'
        }
      />
      {/* A failed start or retry is the newer news: it replaces the last error. */}
      {flowError ? null : <VerificationLastError session={session} messages={messages} />}
      <RedactionNotice session={session} messages={messages} />
      {flowError && flowText ? (
        <div data-slot="card-flow-error" data-code={flowError.code} role="alert">
          <p data-slot="card-flow-error-message">{flowText.message}</p>
          <p data-slot="card-flow-error-action">
            <span data-slot="card-flow-error-action-label">{messages.nextStepLabel}</span>{' '}
            {flowText.action}
          </p>
        </div>
      ) : null}
      {showButton ? (
        <VerifyIdentityButton
          {...buttonOptions}
          messages={messages}
          retry={view.phase === 'action_required'}
          onClick={() => setFlowError(null)}
          onSubmitted={(id) => {
            setFlowError(null);
            onSubmitted?.(id);
          }}
          onCanceled={() => {
            setFlowError(null);
            onCanceled?.();
          }}
          onError={(error) => {
            setFlowError(error);
            onError?.(error);
          }}
        />
      ) : null}
    </section>
  );
}

interface FollowedCardProps extends Omit<CardViewProps, 'state'> {
  /** `null` until the card's own button created a session: shows "not started" meanwhile. */
  followId: string | null;
  fallback: VerificationSession | null;
  polling: UseVerificationSessionOptions['polling'];
}

/** Follows a session by id (needs the provider). */
function FollowedCard({ followId, fallback, polling, ...props }: FollowedCardProps) {
  const query = useVerificationSession(followId, polling === undefined ? {} : { polling });
  const session = query.data ?? fallback;
  const state: CardState =
    followId === null || session
      ? { kind: 'ready', session }
      : query.isError
        ? { kind: 'error', reload: () => void query.refetch() }
        : { kind: 'loading' };
  return <CardView state={state} {...props} />;
}

/**
 * Everything about one verification in a labelled `<section>`: its status (announced once per
 * change), the last error with its next step, the redaction notice, and a button to start or
 * retry when the session allows it (with the flow's error as an alert if that fails). With
 * `sessionId` it follows the session (`useVerificationSession`): `data-state` is `loading`
 * (with `aria-busy`), `error` (a message and a reload button) or `ready`. Without a session it
 * offers to start one and, once submitted, follows it.
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
    // The session the card's own button created, followed when the host gave no id.
    const [started, setStarted] = useState<string | null>(null);
    const buttonOptions: ButtonOptions = {
      mode,
      input,
      navigate,
      onCanceled,
      onError,
      onSubmitted: (id) => {
        if (!sessionId) setStarted(id);
        onSubmitted?.(id);
      },
    };
    const hasProvider = useOptionalIdentityContext() !== null;
    // With a provider and no `session` of the host's, one FollowedCard renders before and after
    // the card's own button starts a session: the same element stays mounted, so focus stays
    // in the card after a submit (switching components lost it to <body>).
    if (sessionId || (!session && hasProvider)) {
      return (
        <FollowedCard
          {...rest}
          followId={sessionId || started}
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
