import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties, ReactNode } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { VerificationSessionCard } from '../components/VerificationSessionCard/VerificationSessionCard.js';
import type { IdentityTheme } from '../core/appearance.js';
import { flowQueries } from './flowQueries.js';
import { HOST_FONT } from './StoryFrame.js';

/** The host page's own colours in each theme: what the card sits among. */
const PALETTE: Record<
  IdentityTheme,
  { page: string; surface: string; border: string; text: string; muted: string; accent: string }
> = {
  stripe: {
    page: '#f6f8fa',
    surface: '#ffffff',
    border: '#e3e8ee',
    text: '#30313d',
    muted: '#596171',
    accent: '#533afd',
  },
  night: {
    page: '#1a1b25',
    surface: '#1f2030',
    border: '#353748',
    text: '#ffffff',
    muted: '#c4c7d0',
    accent: '#b3aeff',
  },
  flat: {
    page: '#ffffff',
    surface: '#ffffff',
    border: '#ebeef1',
    text: '#1a1b25',
    muted: '#545969',
    accent: '#5249e8',
  },
};

const SETTINGS = ['Profile', 'Identity', 'Security', 'Notifications', 'Billing'];

/**
 * A host's account settings page with the card where a real app would put it: a header, a
 * settings menu, a page title and a short explanation. On a phone the menu moves above the page.
 */
function AccountPage(props: { theme: IdentityTheme }): ReactNode {
  const c = PALETTE[props.theme] ?? PALETTE.stripe;
  const link: CSSProperties = { color: c.muted, textDecoration: 'none', fontWeight: 500 };
  return (
    <div
      data-account-page=""
      style={{ minHeight: '100vh', background: c.page, color: c.text, fontFamily: HOST_FONT }}
    >
      {/* Layout here, colours inline: an inline layout rule would beat the phone rules. */}
      <style>{`
        [data-account-page] .top { display: flex; align-items: center; gap: 32px; padding: 14px 32px; }
        [data-account-page] .layout { display: grid; grid-template-columns: 200px minmax(0, 1fr); gap: 48px;
          max-width: 1080px; margin: 0 auto; padding: 40px 32px; }
        [data-account-page] .menu { display: grid; gap: 2px; align-content: start; }
        [data-account-page] .top-links { display: flex; gap: 24px; }
        @media (max-width: 720px) {
          [data-account-page] .top { padding: 12px 16px; }
          [data-account-page] .layout { grid-template-columns: minmax(0, 1fr); gap: 20px; padding: 20px 16px; }
          [data-account-page] .menu { display: flex; gap: 4px; overflow-x: auto; }
          [data-account-page] .top-links { display: none; }
        }
      `}</style>
      <header
        className="top"
        style={{ background: c.surface, borderBottom: `1px solid ${c.border}` }}
      >
        <span style={{ fontWeight: 700, fontSize: 18 }}>Acme</span>
        <nav aria-label="Main" className="top-links">
          <a href="#dashboard" style={link}>
            Dashboard
          </a>
          <a href="#payouts" style={link}>
            Payouts
          </a>
          <a href="#settings" style={{ ...link, color: c.text }} aria-current="page">
            Settings
          </a>
        </nav>
        <span
          aria-hidden="true"
          style={{
            marginInlineStart: 'auto',
            display: 'grid',
            placeItems: 'center',
            width: 32,
            height: 32,
            borderRadius: '50%',
            background: c.border,
            fontSize: 13,
            fontWeight: 600,
          }}
        >
          JD
        </span>
      </header>
      <div className="layout">
        <nav aria-label="Settings" className="menu">
          {SETTINGS.map((item) => {
            const current = item === 'Identity';
            return (
              <a
                key={item}
                href={`#${item.toLowerCase()}`}
                aria-current={current ? 'page' : undefined}
                style={{
                  ...link,
                  padding: '6px 10px',
                  borderRadius: 6,
                  whiteSpace: 'nowrap',
                  ...(current ? { color: c.accent, background: c.surface, fontWeight: 600 } : {}),
                }}
              >
                {item}
              </a>
            );
          })}
        </nav>
        <main style={{ display: 'grid', gap: 24, alignContent: 'start', maxWidth: 640 }}>
          <div>
            <h1 style={{ margin: 0, fontSize: 28, lineHeight: 1.25, fontWeight: 700 }}>Identity</h1>
            <p style={{ margin: '8px 0 0', color: c.muted, lineHeight: 1.5 }}>
              We are required to confirm who you are before we can send payouts. Stripe checks your
              ID document; it takes a few minutes.
            </p>
          </div>
          <div style={{ display: 'grid', gap: 12 }}>
            <h2 style={{ margin: 0, fontSize: 16, fontWeight: 600 }}>Verification</h2>
            <VerificationSessionCard polling={{ initialIntervalMs: 500, maxIntervalMs: 1000 }} />
          </div>
          <div style={{ display: 'grid', gap: 8 }}>
            <h2 style={{ margin: 0, fontSize: 16, fontWeight: 600 }}>What we keep</h2>
            <p style={{ margin: 0, color: c.muted, lineHeight: 1.5 }}>
              Stripe keeps your documents; we only learn whether the check passed. You can ask us to
              delete the result at any time.
            </p>
          </div>
        </main>
      </div>
    </div>
  );
}

/**
 * The card inside a realistic account page, in the toolbar's theme and locale: how calm it
 * looks among a host's own header, menu and text. Click **Verify your identity** to run the
 * simulated flow in place.
 */
const meta = {
  title: 'Theming/Account page',
  component: AccountPage,
  parameters: { identity: { width: 'page' }, a11y: { context: 'body' } },
  render: (_args, context) => (
    <AccountPage theme={(context.globals.theme ?? 'stripe') as IdentityTheme} />
  ),
} satisfies Meta<typeof AccountPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The page as a visitor finds it, then the verification run from it. */
export const InAnAccountPage: Story = {
  args: { theme: 'stripe' },
  play: async (context) => {
    const { card, dialog, phase, messages, canvas } = flowQueries(context);
    await expect(canvas.getByRole('main')).toContainElement(card());
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Identity');
    await userEvent.click(within(card()).getByRole('button', { name: messages.button.idle }));
    const modal = await dialog();
    await userEvent.click(within(modal).getByRole('button', { name: 'Submit and verify' }));
    await phase('verified');
    await expect(within(card()).getByRole('status')).toHaveTextContent(
      messages.phase.verified.title,
    );
  },
};
