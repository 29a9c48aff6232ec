import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { LAST_ERROR_RETRYABLE } from '../../core/describeSession.js';
import type { KnownLastErrorCode } from '../../core/types.js';
import { packOf } from '../../stories/locales.js';
import { makeFailedVerificationSession } from '../../testing/makeVerificationSession.js';
import { VerificationLastError } from './VerificationLastError.js';

/**
 * Why the last attempt failed and what to do next, as an alert: one story per documented
 * `last_error.code` (19), plus an unknown code with and without Stripe's `reason`.
 */
const meta = {
  title: 'Components/VerificationLastError',
  component: VerificationLastError,
  tags: ['autodocs'],
} satisfies Meta<typeof VerificationLastError>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A story for one documented code: its catalogue text, `data-code` and `data-retryable`. */
function code(value: KnownLastErrorCode): Story {
  return {
    name: value,
    args: { session: makeFailedVerificationSession(value) },
    play: async (context) => {
      const alert = within(context.canvasElement).getByRole('alert');
      const text = packOf(context).lastError[value];
      await expect(alert).toHaveAttribute('data-code', value);
      await expect(alert).toHaveAttribute('data-retryable', String(LAST_ERROR_RETRYABLE[value]));
      await expect(alert).toHaveTextContent(text.message);
      await expect(alert).toHaveTextContent(text.action);
    },
  };
}

export const Abandoned: Story = code('abandoned');
export const ConsentDeclined: Story = code('consent_declined');
export const CountryNotSupported: Story = code('country_not_supported');
export const DeviceNotSupported: Story = code('device_not_supported');
export const UnderSupportedAge: Story = code('under_supported_age');
export const DocumentExpired: Story = code('document_expired');
export const DocumentTypeNotSupported: Story = code('document_type_not_supported');
export const DocumentUnverifiedOther: Story = code('document_unverified_other');
export const SelfieDocumentMissingPhoto: Story = code('selfie_document_missing_photo');
export const SelfieFaceMismatch: Story = code('selfie_face_mismatch');
export const SelfieManipulated: Story = code('selfie_manipulated');
export const SelfieUnverifiedOther: Story = code('selfie_unverified_other');
export const IdNumberInsufficientDocumentData: Story = code('id_number_insufficient_document_data');
export const IdNumberMismatch: Story = code('id_number_mismatch');
export const IdNumberUnverifiedOther: Story = code('id_number_unverified_other');
export const EmailUnverifiedOther: Story = code('email_unverified_other');
export const EmailVerificationDeclined: Story = code('email_verification_declined');
export const PhoneUnverifiedOther: Story = code('phone_unverified_other');
export const PhoneVerificationDeclined: Story = code('phone_verification_declined');

/** A code this version does not know (invite-only, or new): Stripe's `reason`, as plain text. */
export const UnknownCodeWithReason: Story = {
  args: {
    session: makeFailedVerificationSession('address_mismatch', {
      reason: 'The address on your document does not match <b>the one you entered</b>.',
    }),
  },
  play: async (context) => {
    const alert = within(context.canvasElement).getByRole('alert');
    await expect(alert).toHaveAttribute('data-code', 'address_mismatch');
    // Server text is rendered as text, never as HTML.
    await expect(alert).toHaveTextContent('<b>the one you entered</b>');
    await expect(alert.querySelector('b')).toBeNull();
    await expect(alert).toHaveTextContent(packOf(context).lastErrorWithReason.action);
  },
};

/** An unknown code and no `reason`: the generic message. */
export const UnknownCodeWithoutReason: Story = {
  args: { session: makeFailedVerificationSession('address_mismatch') },
  play: async (context) => {
    const alert = within(context.canvasElement).getByRole('alert');
    const text = packOf(context).lastErrorFallback;
    await expect(alert).toHaveTextContent(text.message);
    await expect(alert).toHaveTextContent(text.action);
  },
};

/** `last_error.code: null`: the generic message, `data-code="unknown"`. */
export const NoCode: Story = {
  args: { session: makeFailedVerificationSession(null) },
  play: async (context) => {
    const alert = within(context.canvasElement).getByRole('alert');
    await expect(alert).toHaveAttribute('data-code', 'unknown');
    await expect(alert).toHaveTextContent(packOf(context).lastErrorFallback.message);
  },
};

/** From the `lastError` prop alone, without a session object. */
export const FromLastErrorProp: Story = {
  args: { lastError: { code: 'selfie_face_mismatch', reason: null } },
  play: async (context) => {
    const alert = within(context.canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent(packOf(context).lastError.selfie_face_mismatch.message);
  },
};
