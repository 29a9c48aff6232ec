'use client';

import {
  type CSSProperties,
  cloneElement,
  type ReactElement,
  type ReactNode,
  type Ref,
  version,
} from 'react';
import { composeRefs } from './composeRefs.js';

type AnyProps = Record<string, unknown>;

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

/** React 19 keeps `ref` in props; React 18 on the element. */
const REF_IN_PROPS = Number.parseInt(version, 10) >= 19;

/**
 * The child's own ref, read only where this React keeps it: in development, React 18.3 warns
 * when `props.ref` is read ("`ref` is not a prop") and React 19 when `element.ref` is (Radix
 * reads the same two fields in its Slot).
 */
function childRef(child: ReactElement): Ref<unknown> | undefined {
  return REF_IN_PROPS
    ? (child.props as { ref?: Ref<unknown> }).ref
    : ((child as unknown as { ref?: Ref<unknown> | null }).ref ?? undefined);
}

/**
 * Renders `child` (one element: the caller checks) with `props` merged in (the `asChild`
 * pattern, without a dependency), and `append` after the child's own children. Event handlers
 * of both run (the child's first; ours is skipped if the child called `preventDefault()`),
 * `className` and `style` combine, `ref` composes with the child's. A function, not a
 * component: the element it returns is the child's, with no wrapper in the tree.
 */
export function renderSlot(
  child: ReactElement,
  { ref, ...props }: AnyProps & { ref?: Ref<unknown> },
  append: ReactNode,
): ReactElement {
  const childProps = child.props as AnyProps;
  const merged = mergeProps(props, childProps);
  merged.ref = composeRefs(ref, childRef(child));
  if (append == null || append === false) {
    return cloneElement(child as ReactElement<AnyProps>, merged);
  }
  return cloneElement(
    child as ReactElement<AnyProps>,
    merged,
    childProps.children as ReactNode,
    append,
  );
}
