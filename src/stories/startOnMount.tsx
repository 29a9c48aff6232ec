import type { Decorator } from '@storybook/react-vite';
import { type ReactNode, useEffect, useRef } from 'react';

const START_BUTTON = '[data-rsi="verify-identity-button"]';

/**
 * Does what the person does first in a state story: clicks its start button, once, as soon as
 * the button can be clicked. The story then shows its state wherever it renders, on its own
 * page and in its docs page preview, where play functions do not run; its play function only
 * checks what follows. Like a click, it focuses the button, but without scrolling to it: a
 * docs page holding several such stories stays at its top.
 */
export const startOnMount: Decorator = (Story) => (
  <StartOnMount>
    <Story />
  </StartOnMount>
);

function StartOnMount(props: { children: ReactNode }): ReactNode {
  const root = useRef<HTMLDivElement>(null);
  // A ref, not state: StrictMode runs the effect twice, and the person clicks once.
  const started = useRef(false);
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const start = (): boolean => {
      if (started.current) return true;
      const button = element.querySelector<HTMLElement>(START_BUTTON);
      if (!button || button.matches(':disabled, [aria-disabled="true"]')) return false;
      started.current = true;
      button.focus({ preventScroll: true });
      button.click();
      return true;
    };
    if (start()) return;
    // The card renders its button once it knows the session: wait for it.
    const observer = new MutationObserver(() => {
      if (start()) observer.disconnect();
    });
    observer.observe(element, { childList: true, subtree: true, attributes: true });
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={root} style={{ display: 'contents' }}>
      {props.children}
    </div>
  );
}
