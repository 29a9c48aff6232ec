import type { ReactNode } from 'react';
import { RedactionNotice } from '../components/RedactionNotice/RedactionNotice.js';
import { VerificationLastError } from '../components/VerificationLastError/VerificationLastError.js';
import { VerificationSessionCard } from '../components/VerificationSessionCard/VerificationSessionCard.js';
import { VerificationStatus } from '../components/VerificationStatus/VerificationStatus.js';
import { VerifyIdentityButton } from '../components/VerifyIdentityButton/VerifyIdentityButton.js';
import {
  makeFailedVerificationSession,
  makeVerificationSession,
} from '../testing/makeVerificationSession.js';

const failed = makeFailedVerificationSession('document_expired', { id: 'vs_gallery_failed' });

/** A labelled block of the gallery: the component's name and the state it is in. */
function Block(props: { label: string; wide?: boolean; children: ReactNode }): ReactNode {
  return (
    <figure
      data-gallery-block=""
      style={{ margin: 0, ...(props.wide ? { gridColumn: '1 / -1' } : {}) }}
    >
      <figcaption
        style={{
          margin: '0 0 8px',
          fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
          fontSize: 12,
          fontWeight: 600,
          letterSpacing: '0.02em',
          opacity: 0.75,
        }}
      >
        {props.label}
      </figcaption>
      {props.children}
    </figure>
  );
}

/**
 * Every component in its main states, on props alone (no request), each block labelled: what
 * a theme or a locale story shows at a glance, and what axe checks for contrast in each theme.
 * Two columns where there is room, one on a phone.
 */
export function Gallery(): ReactNode {
  return (
    <div
      style={{
        display: 'grid',
        gap: '24px 32px',
        gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 300px), 1fr))',
        alignItems: 'start',
      }}
    >
      <Block label="VerifyIdentityButton">
        <VerifyIdentityButton />
      </Block>
      <Block label="RedactionNotice · redacted">
        <RedactionNotice redaction={{ status: 'redacted' }} />
      </Block>
      <Block label="VerificationStatus · processing">
        <VerificationStatus status="processing" />
      </Block>
      <Block label="VerificationStatus · verified">
        <VerificationStatus session={makeVerificationSession({ status: 'verified' })} />
      </Block>
      <Block label="VerificationLastError · can try again">
        <VerificationLastError lastError={{ code: 'selfie_face_mismatch', reason: null }} />
      </Block>
      <Block label="VerificationLastError · final">
        <VerificationLastError lastError={{ code: 'under_supported_age', reason: null }} />
      </Block>
      <Block label="VerificationSessionCard · after a failure" wide>
        <div style={{ maxWidth: 480 }}>
          <VerificationSessionCard session={failed} />
        </div>
      </Block>
    </div>
  );
}
