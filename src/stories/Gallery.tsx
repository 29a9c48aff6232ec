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
 * Every component in its main states, on props alone (no request): what a theme or a locale
 * story shows at a glance, and what axe checks for contrast in each theme.
 */
export function Gallery(): ReactNode {
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <div>
        <VerifyIdentityButton />
      </div>
      <VerificationStatus status="processing" />
      <VerificationStatus session={makeVerificationSession({ status: 'verified' })} />
      <VerificationLastError lastError={{ code: 'selfie_face_mismatch', reason: null }} />
      <VerificationLastError lastError={{ code: 'under_supported_age', reason: null }} />
      <RedactionNotice redaction={{ status: 'redacted' }} />
      <VerificationSessionCard session={failed} />
    </div>
  );
}
