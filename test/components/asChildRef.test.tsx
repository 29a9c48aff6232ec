// Runs in the `unit` (React 19) and `react18` (React 18.3) projects: the child's own ref is
// read where each React keeps it, so neither prints a warning.
import { screen } from '@testing-library/react';
import { type AnchorHTMLAttributes, createRef, forwardRef, StrictMode, version } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VerifyIdentityButton } from '../../src/components/VerifyIdentityButton/VerifyIdentityButton.js';
import { renderWithProvider } from './helpers.js';

/** A design system's link, forwarding its ref. */
const DsLink = forwardRef<HTMLAnchorElement, AnchorHTMLAttributes<HTMLAnchorElement>>(
  function DsLink(props, ref) {
    return <a ref={ref} {...props} />;
  },
);

/** Everything React (or we) print while a test renders. */
let printed: string[] = [];
beforeEach(() => {
  printed = [];
  for (const method of ['error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      printed.push(`console.${method}: ${args.map(String).join(' ')}`);
    });
  }
});
afterEach(() => {
  expect(printed, `React ${version}`).toEqual([]);
});

describe(`<VerifyIdentityButton asChild> on React ${version.split('.')[0]}`, () => {
  it('should compose the ref of a child element with ours, with no console warning (regression: "`ref` is not a prop" on React 18.3)', () => {
    // Typed for the default <button>; with `asChild` it holds the child.
    const ours = createRef<HTMLButtonElement>();
    const theirs = createRef<HTMLAnchorElement>();
    renderWithProvider(
      <StrictMode>
        <VerifyIdentityButton asChild ref={ours}>
          <a href="#verify" ref={theirs}>
            Verify now
          </a>
        </VerifyIdentityButton>
      </StrictMode>,
    );
    const link = screen.getByRole('link', { name: 'Verify now' });
    expect(link).toHaveAttribute('data-rsi', 'verify-identity-button');
    expect(ours.current).toBe(link);
    expect(theirs.current).toBe(link);
  });

  it('should compose the ref of a forwardRef component child, with no console warning', () => {
    const theirs = createRef<HTMLAnchorElement>();
    const callback = vi.fn();
    renderWithProvider(
      <>
        <VerifyIdentityButton asChild>
          <DsLink href="#one" ref={theirs}>
            One
          </DsLink>
        </VerifyIdentityButton>
        <VerifyIdentityButton asChild>
          <DsLink href="#two" ref={callback}>
            Two
          </DsLink>
        </VerifyIdentityButton>
      </>,
    );
    expect(theirs.current).toBe(screen.getByRole('link', { name: 'One' }));
    expect(callback).toHaveBeenCalledWith(screen.getByRole('link', { name: 'Two' }));
  });

  it('should render a child without a ref, with no console warning', () => {
    // Typed for the default <button>; with `asChild` it holds the child.
    const ours = createRef<HTMLButtonElement>();
    renderWithProvider(
      <VerifyIdentityButton asChild ref={ours}>
        <a href="#verify">Verify now</a>
      </VerifyIdentityButton>,
    );
    expect(ours.current).toBe(screen.getByRole('link', { name: 'Verify now' }));
  });
});
