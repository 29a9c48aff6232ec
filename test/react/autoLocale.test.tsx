import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createElement, type ReactNode, Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const loadStripe = vi.hoisted(() => vi.fn());
vi.mock('@stripe/stripe-js/pure/index.mjs', () => ({ loadStripe }));

import { VerificationSessionCard } from '../../src/components/VerificationSessionCard/VerificationSessionCard.js';
import { VerificationStatus } from '../../src/components/VerificationStatus/VerificationStatus.js';
import { en } from '../../src/core/en.js';
import ar from '../../src/locales/ar.js';
import de from '../../src/locales/de.js';
import fr from '../../src/locales/fr.js';
import he from '../../src/locales/he.js';
import ko from '../../src/locales/ko.js';
import pl from '../../src/locales/pl.js';
import zhHans from '../../src/locales/zh-Hans.js';
import { useIdentityContext } from '../../src/react/IdentityContext.js';
import { IdentityProvider } from '../../src/react/IdentityProvider.js';
import { preloadLocale } from '../../src/react/loadAutoLocale.js';
import { createMockBackend, createMockStripe } from '../../src/testing/index.js';
import { makeFailedVerificationSession } from '../../src/testing/makeVerificationSession.js';

/** The browser's preferred languages, as `navigator.languages` reports them. */
function browserLanguages(languages: string[]): void {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
}

/** Shows the locale the provider chose, and lets the test preload Stripe.js through it. */
function LocaleProbe() {
  const { locale, preload } = useIdentityContext();
  return (
    <button type="button" data-testid="locale" onClick={preload}>
      {locale}
    </button>
  );
}

/**
 * A host page with `locale="auto"`. The boundary is where the first render waits for the pack
 * (React 18's `act`, which Testing Library's `render` uses, needs one; a browser does not).
 */
function AutoApp(props: { acceptLanguage?: string | null; children?: ReactNode }) {
  return (
    <Suspense fallback={null}>
      <IdentityProvider
        publishableKey="pk_test_auto"
        backend={createMockBackend()}
        locale="auto"
        acceptLanguage={props.acceptLanguage}
      >
        <VerificationStatus status="processing" />
        <LocaleProbe />
        {props.children}
      </IdentityProvider>
    </Suspense>
  );
}

beforeEach(() => {
  loadStripe.mockReset();
  loadStripe.mockResolvedValue(createMockStripe().stripe);
});

describe('<IdentityProvider locale="auto">', () => {
  it("should render Polish for navigator.languages ['pl-PL', 'en'] and pass pl to loadStripe", async () => {
    browserLanguages(['pl-PL', 'en']);
    render(<AutoApp />);
    expect(await screen.findByRole('status')).toHaveTextContent(pl.phase.processing.title);
    expect(screen.getByTestId('locale')).toHaveTextContent('pl');

    fireEvent.click(screen.getByTestId('locale'));
    expect(loadStripe).toHaveBeenCalledExactlyOnceWith('pk_test_auto', { locale: 'pl' });
  });

  it('should fall back from a region to its language, and from an unknown language to the next one', async () => {
    browserLanguages(['fr-CA', 'en']);
    const { unmount } = render(<AutoApp />);
    expect(await screen.findByRole('status')).toHaveTextContent(fr.phase.processing.title);
    unmount();

    browserLanguages(['xx-YY', 'de-AT']);
    render(<AutoApp />);
    expect(await screen.findByRole('status')).toHaveTextContent(de.phase.processing.title);
  });

  it('should show Traditional Chinese readers the Simplified pack, and give Stripe.js `zh`', async () => {
    browserLanguages(['zh-TW']);
    render(<AutoApp />);
    expect(await screen.findByRole('status')).toHaveTextContent(zhHans.phase.processing.title);
    fireEvent.click(screen.getByTestId('locale'));
    expect(loadStripe).toHaveBeenCalledWith('pk_test_auto', { locale: 'zh' });
  });

  it('should show English, with no pack to load, when no shipped language is wanted', () => {
    browserLanguages(['ru-RU', 'uk']);
    render(<AutoApp />);
    // Synchronously: English is built into the components.
    expect(screen.getByRole('status')).toHaveTextContent(en.phase.processing.title);
    expect(screen.getByRole('status')).toHaveAttribute('dir', 'ltr');
    fireEvent.click(screen.getByTestId('locale'));
    expect(loadStripe).toHaveBeenCalledWith('pk_test_auto', { locale: 'en' });
  });

  it('should prefer the acceptLanguage prop over the browser, quality values honoured', async () => {
    browserLanguages(['en-US']);
    render(<AutoApp acceptLanguage="en;q=0.5, ko-KR;q=0.9, *;q=0.1" />);
    expect(await screen.findByRole('status')).toHaveTextContent(ko.phase.processing.title);
  });

  it('should let stripeOptions.locale win for Stripe.js, as with a fixed locale', async () => {
    browserLanguages(['pl']);
    render(
      <IdentityProvider
        publishableKey="pk_test_auto"
        locale="auto"
        stripeOptions={{ locale: 'de' }}
      >
        <LocaleProbe />
      </IdentityProvider>,
    );
    fireEvent.click(await screen.findByText('pl'));
    expect(loadStripe).toHaveBeenCalledWith('pk_test_auto', { locale: 'de' });
  });

  it('should show the chosen pack whole, and warn in development that `messages` is not used', async () => {
    browserLanguages(['he']);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <Suspense fallback={null}>
        <IdentityProvider locale="auto" messages={{ statusLabel: 'Status' }}>
          <VerificationStatus status="verified" />
        </IdentityProvider>
      </Suspense>,
    );
    const status = await screen.findByRole('status', { name: he.statusLabel });
    expect(status).toHaveTextContent(he.phase.verified.title);
    expect(status).toHaveAttribute('dir', 'rtl');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('does not use `messages`'));
  });

  it('should switch language on `languagechange`, keeping the current texts until the next pack is there', async () => {
    browserLanguages(['pl']);
    render(<AutoApp />);
    expect(await screen.findByRole('status')).toHaveTextContent(pl.phase.processing.title);

    // Arabic: a pack no other test of this file has loaded.
    browserLanguages(['ar-EG']);
    act(() => {
      window.dispatchEvent(new Event('languagechange'));
    });
    // Still Polish while Arabic loads: no fallback, nothing blank.
    expect(screen.getByRole('status')).toHaveTextContent(pl.phase.processing.title);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(ar.phase.processing.title),
    );
    expect(screen.getByRole('status')).toHaveAttribute('dir', 'rtl');
    expect(screen.getByTestId('locale')).toHaveTextContent('ar');
  });

  it('should leave a provider with a fixed locale as it was: no pack loaded, its locale to Stripe.js', () => {
    browserLanguages(['pl']);
    render(
      <IdentityProvider publishableKey="pk_test_auto" locale="fr" messages={fr}>
        <VerificationStatus status="processing" />
        <LocaleProbe />
      </IdentityProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent(fr.phase.processing.title);
    fireEvent.click(screen.getByTestId('locale'));
    expect(loadStripe).toHaveBeenCalledWith('pk_test_auto', { locale: 'fr' });
  });

  it('should give Stripe.js `zh` for a fixed zh-Hans, the name Stripe.js knows', () => {
    render(
      <IdentityProvider publishableKey="pk_test_auto" locale="zh-Hans" messages={zhHans}>
        <LocaleProbe />
      </IdentityProvider>,
    );
    expect(screen.getByTestId('locale')).toHaveTextContent('zh-Hans');
    fireEvent.click(screen.getByTestId('locale'));
    expect(loadStripe).toHaveBeenCalledWith('pk_test_auto', { locale: 'zh' });
  });
});

describe('preloadLocale', () => {
  it('should resolve to the chosen locale once its pack is loaded, so a render needs no wait', async () => {
    expect(await preloadLocale('sv-SE,sv;q=0.9,en;q=0.8')).toBe('sv');
    const html = renderToString(<AutoApp acceptLanguage="sv-SE,sv;q=0.9,en;q=0.8" />);
    expect(html).toContain('Vi granskar dina handlingar');
  });

  it('should read navigator.languages when given nothing in a browser', async () => {
    browserLanguages(['nl-BE', 'fr']);
    expect(await preloadLocale()).toBe('nl');
  });
});

/** A failed session whose card shows a status, the last error and the retry button. */
const failed = makeFailedVerificationSession('document_expired', { id: 'vs_auto_failed' });

/** The page the server renders and the browser hydrates: a card, in the user's language. */
function page(
  react: { createElement: typeof createElement },
  provider: typeof IdentityProvider,
  card: typeof VerificationSessionCard,
  acceptLanguage: string | undefined,
) {
  return react.createElement(
    provider,
    { stripe: null, backend: createMockBackend(), locale: 'auto', acceptLanguage },
    react.createElement(card, { session: failed }),
  );
}

/**
 * A browser that has loaded nothing yet: the same modules, evaluated again (no pack, no
 * auto-locale code loaded), with their own React.
 */
async function freshBrowserModules() {
  vi.resetModules();
  const react = await import('react');
  const { hydrateRoot } = await import('react-dom/client');
  const { IdentityProvider: FreshProvider } = await import('../../src/react/IdentityProvider.js');
  const { VerificationSessionCard: FreshCard } = await import(
    '../../src/components/VerificationSessionCard/VerificationSessionCard.js'
  );
  const { preloadLocale: freshPreload } = await import('../../src/react/loadAutoLocale.js');
  return { react, hydrateRoot, FreshProvider, FreshCard, freshPreload };
}

/** What Testing Library's `act` sets around its own calls; the fresh React's `act` needs it too. */
const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };

describe('server render and hydration with locale="auto"', () => {
  let container: HTMLElement;
  beforeEach(() => {
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
  });
  afterEach(() => {
    container?.remove();
    delete actEnvironment.IS_REACT_ACT_ENVIRONMENT;
  });

  /**
   * Hydrates `serverHtml` in a fresh browser, inside that React's `act` until the pack the
   * browser wants has loaded (the provider waits for the same load).
   */
  async function hydrate(serverHtml: string, acceptLanguage: string | undefined) {
    const { react, hydrateRoot, FreshProvider, FreshCard, freshPreload } =
      await freshBrowserModules();
    container = document.createElement('div');
    container.innerHTML = serverHtml;
    document.body.appendChild(container);
    const serverCard = container.querySelector('section');
    const consoleError = vi.spyOn(console, 'error');
    const onRecoverableError = vi.fn();
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await react.act(async () => {
      root = hydrateRoot(container, page(react, FreshProvider, FreshCard, acceptLanguage), {
        onRecoverableError,
      });
      // Nothing is loaded yet: the provider has suspended on the auto-locale code.
      expect(hydrated(container.querySelector('section'))).toBe(false);
      await freshPreload(acceptLanguage);
    });
    return {
      unmount: () => react.act(() => root?.unmount()),
      /** The server's card was kept and hydrated, in Hebrew, with no error and no warning. */
      expectHebrewHydrated() {
        const card = container.querySelector('section');
        expect(card).toBe(serverCard);
        expect(hydrated(card)).toBe(true);
        expect(card).toHaveAttribute('dir', 'rtl');
        expect(card).toHaveTextContent(he.lastError.document_expired.message);
        expect(onRecoverableError).not.toHaveBeenCalled();
        expect(consoleError).not.toHaveBeenCalled();
      },
    };
  }

  /** True once React has taken over the server's element (hydration finished). */
  const hydrated = (element: Element | null) =>
    element !== null && Object.keys(element).some((key) => key.startsWith('__reactFiber'));

  it('should render Hebrew on the server for Accept-Language he, and hydrate it in a fresh browser with no mismatch', async () => {
    const acceptLanguage = 'he-IL,he;q=0.9,en-US;q=0.8';
    await preloadLocale(acceptLanguage);
    const serverHtml = renderToString(
      page({ createElement }, IdentityProvider, VerificationSessionCard, acceptLanguage),
    );
    expect(serverHtml).toContain(he.phase.action_required.title);
    expect(serverHtml).toContain('dir="rtl"');

    // The browser's own languages differ: the server's choice (acceptLanguage) still decides.
    browserLanguages(['en-US']);
    const browser = await hydrate(serverHtml, acceptLanguage);
    browser.expectHebrewHydrated();
    browser.unmount();
  });

  it('should render English on a server told nothing, then switch to the browser language after hydration, with no mismatch', async () => {
    browserLanguages(['en-US']);
    await preloadLocale();
    const serverHtml = renderToString(
      page({ createElement }, IdentityProvider, VerificationSessionCard, undefined),
    );
    expect(serverHtml).toContain(en.phase.action_required.title);

    browserLanguages(['he-IL']);
    const browser = await hydrate(serverHtml, undefined);
    browser.expectHebrewHydrated();
    browser.unmount();
  });
});
