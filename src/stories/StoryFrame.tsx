import { type ReactNode, useCallback, useState } from 'react';
import { createPortal } from 'react-dom';
import type { IdentityAppearance, IdentityTheme } from '../core/appearance.js';

/**
 * The page each theme sits on in the stories. `stripe`: a white page. `night`: a page darker
 * than the card's `#30313d`, as in Stripe's dark dashboard, so the card reads as a raised
 * surface. `flat`: a white page under its grey `#f6f8fa` surfaces (it has no borders).
 * Every theme's text colours meet AA on its own background and on these pages.
 */
export const THEME_PAGE: Record<IdentityTheme, { background: string; color: string }> = {
  stripe: { background: '#ffffff', color: '#30313d' },
  night: { background: '#1a1b25', color: '#ffffff' },
  flat: { background: '#ffffff', color: '#1a1b25' },
};

/** The font of a host's page around the components (the default theme's stack). */
export const HOST_FONT =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Ubuntu, sans-serif';

/**
 * How wide a story's content may grow: a card column, the same column with its one small
 * element (a button) centred, or the whole page (galleries, pages).
 */
export type StoryWidth = 'column' | 'centered' | 'wide' | 'page';

const MAX_WIDTH: Record<StoryWidth, number | undefined> = {
  column: 560,
  centered: 560,
  wide: 1040,
  page: undefined,
};

/** Marks the host element of an unstyled story; its shadow root holds the story. */
export const UNSTYLED_ATTRIBUTE = 'data-story-unstyled';

/**
 * The page a story sits on: the theme's background, so text is judged (by axe too) against the
 * colour it is designed for, as on a host's page. With `unstyled`, the story renders inside a
 * shadow root, where the global `styles.css` does not reach: exactly what a host that never
 * imports the stylesheet gets.
 */
export function StoryFrame(props: {
  appearance: IdentityAppearance;
  unstyled: boolean;
  /** The language of the texts, as a host's page would declare it. */
  locale: string;
  /** Fill the viewport (a story on its own page; not in docs, where stories stack). */
  fill?: boolean;
  /** The host's own dark mode: `data-theme="dark"` on the page, no `appearance.theme`. */
  darkMode?: boolean;
  /**
   * `column` (default): centred, up to 560 px; `centered`: the same, its content centred in it;
   * `wide`: up to 1040 px; `page`: edge to edge.
   */
  width?: StoryWidth;
  children: ReactNode;
}): ReactNode {
  const {
    appearance,
    unstyled,
    locale,
    fill = false,
    darkMode = false,
    width = 'column',
    children,
  } = props;
  const theme = appearance.theme ?? (darkMode ? 'night' : 'stripe');
  const page = THEME_PAGE[theme] ?? THEME_PAGE.stripe;
  const variables = appearance.variables ?? {};
  const background =
    typeof variables.colorBackground === 'string' ? variables.colorBackground : page.background;
  const color = typeof variables.colorText === 'string' ? variables.colorText : page.color;
  if (unstyled) return <ShadowFrame>{children}</ShadowFrame>;
  return (
    <div
      lang={locale}
      {...(darkMode ? { 'data-theme': 'dark' } : { 'data-rsi-theme': theme })}
      style={{
        background,
        color,
        // A host page's own text (labels, titles, pages around the components) in a system
        // font, not the browser's serif default; the components set their own.
        fontFamily: HOST_FONT,
        // Less on a phone, so the component keeps the width it would have in a host's page.
        padding: width === 'page' ? 0 : 'clamp(16px, 5vw, 48px) clamp(12px, 4vw, 48px)',
        boxSizing: 'border-box',
        ...(fill ? { minHeight: '100vh' } : {}),
      }}
    >
      <div
        style={{
          maxWidth: MAX_WIDTH[width],
          margin: '0 auto',
          ...(width === 'centered' ? { display: 'flex', justifyContent: 'center' } : {}),
        }}
      >
        {children}
      </div>
    </div>
  );
}

function ShadowFrame(props: { children: ReactNode }): ReactNode {
  const [container, setContainer] = useState<HTMLElement | null>(null);
  const attach = useCallback((host: HTMLDivElement | null) => {
    if (!host) return;
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    let inner = root.firstElementChild as HTMLElement | null;
    if (!inner) {
      inner = host.ownerDocument.createElement('div');
      root.append(inner);
    }
    setContainer(inner);
  }, []);
  return (
    <div ref={attach} {...{ [UNSTYLED_ATTRIBUTE]: '' }} style={{ padding: 24 }}>
      {container ? createPortal(props.children, container) : null}
    </div>
  );
}

/** The element inside an unstyled story's shadow root, to query with `within(…)`. */
export function unstyledRoot(canvasElement: HTMLElement): HTMLElement {
  const host = canvasElement.querySelector(`[${UNSTYLED_ATTRIBUTE}]`);
  const inner = host?.shadowRoot?.firstElementChild;
  if (!(inner instanceof HTMLElement)) throw new Error('The unstyled story has not rendered yet.');
  return inner;
}
