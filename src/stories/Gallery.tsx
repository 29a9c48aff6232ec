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

/**
 * A labelled block of a gallery: the component's name as code, then its state in sentence case
 * ("VerificationStatus · Processing"), in the page's font. With `fill`, the component stretches
 * to the height of the row, so the boxes of a row end level.
 */
export function GalleryBlock(props: {
  component?: string;
  state: string;
  wide?: boolean;
  fill?: boolean;
  children: ReactNode;
}): ReactNode {
  return (
    <figure
      data-gallery-block=""
      style={{
        margin: 0,
        display: 'grid',
        gridTemplateRows: 'auto 1fr',
        ...(props.wide ? { gridColumn: '1 / -1' } : {}),
      }}
    >
      <figcaption
        style={{ margin: '0 0 8px', fontSize: 12, fontWeight: 600, lineHeight: 1.5, opacity: 0.75 }}
      >
        {props.component ? (
          <>
            <code
              style={{ font: 'inherit', fontFamily: 'ui-monospace, Menlo, Consolas, monospace' }}
            >
              {props.component}
            </code>
            {' · '}
          </>
        ) : null}
        {props.state}
      </figcaption>
      <div style={props.fill ? { display: 'grid', gridTemplateRows: '1fr' } : undefined}>
        {props.children}
      </div>
    </figure>
  );
}

/** A gallery's grid: two or three columns where there is room, one on a phone; rows level. */
export function GalleryGrid(props: { minColumn: number; children: ReactNode }): ReactNode {
  return (
    <div
      style={{
        display: 'grid',
        gap: '24px 32px',
        gridTemplateColumns: `repeat(auto-fit, minmax(min(100%, ${props.minColumn}px), 1fr))`,
      }}
    >
      {props.children}
    </div>
  );
}

/**
 * Every component in its main states, on props alone (no request), each block labelled: what
 * a theme or a locale story shows at a glance, and what axe checks for contrast in each theme.
 * Several columns where there is room, one on a phone.
 */
export function Gallery(): ReactNode {
  return (
    <GalleryGrid minColumn={300}>
      <GalleryBlock component="VerifyIdentityButton" state="Idle">
        <VerifyIdentityButton />
      </GalleryBlock>
      <GalleryBlock component="RedactionNotice" state="Redacted">
        <RedactionNotice redaction={{ status: 'redacted' }} />
      </GalleryBlock>
      <GalleryBlock component="VerificationStatus" state="Processing">
        <VerificationStatus status="processing" />
      </GalleryBlock>
      <GalleryBlock component="VerificationStatus" state="Verified">
        <VerificationStatus session={makeVerificationSession({ status: 'verified' })} />
      </GalleryBlock>
      <GalleryBlock component="VerificationLastError" state="Can try again" fill>
        <VerificationLastError lastError={{ code: 'selfie_face_mismatch', reason: null }} />
      </GalleryBlock>
      <GalleryBlock component="VerificationLastError" state="Final" fill>
        <VerificationLastError lastError={{ code: 'under_supported_age', reason: null }} />
      </GalleryBlock>
      <GalleryBlock component="VerificationSessionCard" state="After a failure" wide>
        <div style={{ maxWidth: 480 }}>
          <VerificationSessionCard session={failed} />
        </div>
      </GalleryBlock>
    </GalleryGrid>
  );
}
