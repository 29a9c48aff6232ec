'use client';

import {
  Children,
  type CSSProperties,
  cloneElement,
  forwardRef,
  type HTMLAttributes,
  isValidElement,
  type ReactElement,
  type ReactNode,
  type Ref,
} from 'react';
import { composeRefs } from './composeRefs.js';

type AnyProps = Record<string, unknown>;

/** Props of {@link Slot}: whatever the element it renders accepts, plus one child element. */
export interface SlotProps extends HTMLAttributes<HTMLElement> {
  children?: ReactNode;
  /** Rendered after the child's own children (e.g. a visually hidden hint). */
  append?: ReactNode;
}

function isHandler(key: string, value: unknown): value is (...args: unknown[]) => unknown {
  return /^on[A-Z]/.test(key) && typeof value === 'function';
}

/** Merges our props into the child's: handlers run child first, class and style combine. */
function mergeProps(slotProps: AnyProps, childProps: AnyProps): AnyProps {
  const merged: AnyProps = { ...slotProps, ...childProps };
  for (const key of Object.keys(slotProps)) {
    const ours = slotProps[key];
    const theirs = childProps[key];
    if (isHandler(key, ours) && isHandler(key, theirs)) {
      merged[key] = (...args: unknown[]) => {
        theirs(...args);
        const event = args[0] as { defaultPrevented?: boolean } | undefined;
        if (!event?.defaultPrevented) ours(...args);
      };
    } else if (key === 'className' && typeof theirs === 'string') {
      merged[key] = [ours, theirs].filter(Boolean).join(' ');
    } else if (key === 'style' && theirs) {
      merged[key] = { ...(ours as CSSProperties), ...(theirs as CSSProperties) };
    } else if (theirs === undefined) {
      merged[key] = ours;
    }
  }
  return merged;
}

/** React 19 keeps `ref` in props; React 18 keeps it on the element. */
function childRef(child: ReactElement): Ref<unknown> | undefined {
  const fromProps = (child.props as { ref?: Ref<unknown> }).ref;
  return fromProps ?? (child as unknown as { ref?: Ref<unknown> }).ref;
}

/**
 * Renders its only child element with the props it was given merged in (the `asChild`
 * pattern, without a dependency). Event handlers of both run (the child's first; ours is
 * skipped if the child called `preventDefault()`), `className` and `style` combine, refs compose.
 */
export const Slot = forwardRef<HTMLElement, SlotProps>(function Slot(
  { children, append, ...props },
  ref,
) {
  const child = Children.only(children);
  if (!isValidElement(child)) return null;
  const childProps = child.props as AnyProps;
  const merged = mergeProps(props as AnyProps, childProps);
  merged.ref = composeRefs(ref, childRef(child));
  if (append == null || append === false)
    return cloneElement(child as ReactElement<AnyProps>, merged);
  return cloneElement(
    child as ReactElement<AnyProps>,
    merged,
    childProps.children as ReactNode,
    append,
  );
});
Slot.displayName = 'Slot';
