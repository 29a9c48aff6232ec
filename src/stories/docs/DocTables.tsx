import type { CSSProperties, ReactNode } from 'react';
import { RedactionNotice } from '../../components/RedactionNotice/RedactionNotice.js';
import { VerificationLastError } from '../../components/VerificationLastError/VerificationLastError.js';
import { VerificationSessionCard } from '../../components/VerificationSessionCard/VerificationSessionCard.js';
import { VerificationStatus } from '../../components/VerificationStatus/VerificationStatus.js';
import { VerifyIdentityButton } from '../../components/VerifyIdentityButton/VerifyIdentityButton.js';
import { APPEARANCE_VARIABLES, type IdentityAppearanceVariables } from '../../core/appearance.js';
import { LAST_ERROR_RETRYABLE } from '../../core/describeSession.js';
import { en } from '../../core/en.js';
import { LAST_ERROR_CODES } from '../../core/types.js';
import { IdentityProvider } from '../../react/IdentityProvider.js';
import { makeVerificationSession } from '../../testing/makeVerificationSession.js';

type Name = keyof IdentityAppearanceVariables;

/** A demo value and the component that shows each variable best. */
const EXAMPLES: Record<
  Name,
  { value: string; extra?: Record<string, string>; show: () => ReactNode }
> = {
  colorPrimary: { value: '#0a6640', show: () => <VerifyIdentityButton /> },
  colorBackground: {
    value: '#fff4dc',
    show: () => (
      <VerificationSessionCard session={makeVerificationSession({ status: 'verified' })} />
    ),
  },
  colorText: { value: '#6b1450', show: () => <VerificationStatus status="canceled" /> },
  colorTextSecondary: {
    value: '#2f5a8a',
    show: () => <RedactionNotice redaction={{ status: 'redacted' }} />,
  },
  colorDanger: {
    value: '#8b0a1e',
    show: () => <VerificationLastError lastError={{ code: 'under_supported_age', reason: null }} />,
  },
  colorSuccess: { value: '#005c36', show: () => <VerificationStatus status="verified" /> },
  colorWarning: {
    value: '#6e3d00',
    show: () => <VerificationLastError lastError={{ code: 'document_expired', reason: null }} />,
  },
  colorInfo: { value: '#1b47a8', show: () => <VerificationStatus status="processing" /> },
  accessibleColorOnColorPrimary: {
    value: '#ffe08a',
    extra: { '--rsi-color-primary': '#1a1f36' },
    show: () => <VerifyIdentityButton />,
  },
  fontFamily: { value: 'Georgia, serif', show: () => <VerificationStatus status="processing" /> },
  fontSizeBase: { value: '20px', show: () => <VerificationStatus status="processing" /> },
  borderRadius: { value: '999px', show: () => <VerifyIdentityButton /> },
  spacingUnit: { value: '8px', show: () => <VerificationStatus status="processing" /> },
  focusOutline: {
    value: '3px dashed #c2185b',
    show: () => <VerifyIdentityButton>Tab here to see the ring</VerifyIdentityButton>,
  },
};

const cell: CSSProperties = {
  padding: '8px 12px',
  borderBottom: '1px solid #e0e2e8',
  verticalAlign: 'top',
  textAlign: 'left',
};

/**
 * Every public `--rsi-*` variable: its Appearance name, and a live component with only that
 * variable changed (set on an ancestor, as a host would in its own CSS).
 */
export function VariablesTable(): ReactNode {
  return (
    <IdentityProvider stripe={null}>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            <th style={cell}>CSS variable</th>
            <th style={cell}>appearance.variables</th>
            <th style={cell}>Live, with the value</th>
          </tr>
        </thead>
        <tbody>
          {APPEARANCE_VARIABLES.map(({ name, cssVariable }) => {
            const example = EXAMPLES[name];
            const style = { [cssVariable]: example.value, ...example.extra } as CSSProperties;
            return (
              <tr key={name}>
                <td style={cell}>
                  <code>{cssVariable}</code>
                </td>
                <td style={cell}>
                  <code>{name}</code>
                </td>
                <td style={cell}>
                  <p style={{ margin: '0 0 8px' }}>
                    <code>{example.value}</code>
                  </p>
                  <div style={style}>{example.show()}</div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </IdentityProvider>
  );
}

/** Each documented `last_error.code`, with the English message and next step from `en`. */
export function ErrorCodesTable(): ReactNode {
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%' }}>
      <thead>
        <tr>
          <th style={cell}>last_error.code</th>
          <th style={cell}>Message</th>
          <th style={cell}>Next step</th>
          <th style={cell}>Retry helps</th>
        </tr>
      </thead>
      <tbody>
        {LAST_ERROR_CODES.map((code) => (
          <tr key={code} id={`code-${code}`}>
            <td style={cell}>
              <code>{code}</code>
            </td>
            <td style={cell}>{en.lastError[code].message}</td>
            <td style={cell}>{en.lastError[code].action}</td>
            <td style={cell}>{LAST_ERROR_RETRYABLE[code] ? 'yes' : 'no: contact the host'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** `text` with `code` spans and **bold** as elements (the docs' tables are JSX: no GFM here). */
function inline(text: string): ReactNode[] {
  let offset = 0;
  return text.split(/(`[^`]+`|\*\*[^*]+\*\*)/).map((part) => {
    const key = offset;
    offset += part.length + 1;
    if (part.startsWith('`') && part.endsWith('`'))
      return <code key={key}>{part.slice(1, -1)}</code>;
    if (part.startsWith('**')) return <strong key={key}>{part.slice(2, -2)}</strong>;
    return part;
  });
}

/**
 * A table for the MDX pages, whose Markdown has no GFM tables: `head` and `rows` are plain
 * strings with `code` and **bold** inline.
 */
export function DocTable(props: { head: string[]; rows: string[][] }): ReactNode {
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%' }}>
      <thead>
        <tr>
          {props.head.map((title) => (
            <th key={title} style={cell}>
              {title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.join('|')}>
            {props.head.map((title, column) => (
              <td key={title} style={cell}>
                {inline(row[column] ?? '')}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
