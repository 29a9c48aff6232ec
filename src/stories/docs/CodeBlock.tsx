import { type CSSProperties, type ReactNode, useState } from 'react';
import { Code } from 'storybook/internal/components';

/**
 * The docs pages' code blocks, rendered with the page: Storybook's own block loads its syntax
 * highlighter lazily, so a fenced block stayed empty for ~2 s after the page had loaded. This one
 * colours comments, strings, keywords and JSX tags with one regular expression, synchronously.
 */

const TOKEN =
  /(\/\/[^\n]*|\/\*[\s\S]*?\*\/)|(^|\s)(#[^\n]*)|('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`[^`]*`)|\b(import|from|export|function|return|const|let|await|async|new|type|interface|extends|default)\b|(<\/?[A-Za-z][\w.]*)/g;

/** Colours with at least 4.5:1 on the block's background. */
const COLOURS = {
  comment: '#596171',
  string: '#0b6b3a',
  keyword: '#7a2cbf',
  tag: '#1f4fbf',
} as const;

type Kind = keyof typeof COLOURS;

/** `code` split into plain text and coloured tokens. `#` starts a comment only in shell. */
export function highlight(code: string, language: string): ReactNode[] {
  const shell = language === 'sh' || language === 'bash' || language === 'shell';
  const out: ReactNode[] = [];
  let at = 0;
  const push = (text: string, kind?: Kind) => {
    if (!text) return;
    out.push(
      kind ? (
        <span key={out.length} style={{ color: COLOURS[kind], font: 'inherit' }}>
          {text}
        </span>
      ) : (
        text
      ),
    );
  };
  for (const match of code.matchAll(TOKEN)) {
    const [whole, comment, space, hash, string, keyword, tag] = match;
    const index = match.index ?? 0;
    if (hash !== undefined && !shell) continue;
    push(code.slice(at, index));
    if (comment) push(comment, 'comment');
    else if (hash !== undefined) {
      push(space ?? '');
      push(hash, 'comment');
    } else if (string) push(string, 'string');
    else if (keyword) push(keyword, 'keyword');
    else if (tag) {
      push(tag.startsWith('</') ? '</' : '<');
      push(tag.replace(/^<\/?/, ''), 'tag');
    }
    at = index + whole.length;
  }
  push(code.slice(at));
  return out;
}

const block: CSSProperties = {
  position: 'relative',
  margin: '16px 0',
  border: '1px solid #e3e8ee',
  borderRadius: 8,
  background: '#f6f8fa',
};

const pre: CSSProperties = {
  margin: 0,
  padding: '16px 20px',
  overflowX: 'auto',
  font: '13px/1.6 ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
  color: '#30313d',
  background: 'transparent',
};

const copyButton: CSSProperties = {
  position: 'absolute',
  top: 8,
  right: 8,
  padding: '2px 10px',
  border: '1px solid #d5dbe1',
  borderRadius: 6,
  background: '#ffffff',
  color: '#30313d',
  font: '600 12px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  cursor: 'pointer',
};

function CopyButton(props: { code: string }): ReactNode {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      style={copyButton}
      onClick={() => {
        void navigator.clipboard?.writeText(props.code).then(() => setCopied(true));
      }}
    >
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}

/** A fenced block of the docs, highlighted and complete in the first render. */
export function CodeBlock(props: { code: string; language: string }): ReactNode {
  const code = props.code.replace(/\n$/, '');
  return (
    <div style={block} data-docs-code-block={props.language}>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <pre style={pre} tabIndex={0}>
        <code>{highlight(code, props.language)}</code>
      </pre>
      <CopyButton code={code} />
    </div>
  );
}

/**
 * The MDX `code` element (`parameters.docs.components.code`): inline code stays Storybook's
 * chip, a fenced block (it has a `language-*` class or spans lines) becomes a {@link CodeBlock}.
 */
export function MdxCode(props: { className?: string; children?: ReactNode }): ReactNode {
  const { className, children } = props;
  const text = typeof children === 'string' ? children : null;
  if (typeof className !== 'string' && (text === null || !/[\n\r]/.test(text))) {
    return <Code>{children}</Code>;
  }
  return <CodeBlock code={text ?? ''} language={className?.replace(/^language-/, '') ?? 'text'} />;
}

/** The MDX `pre` element around a fenced block: {@link MdxCode} draws the whole block itself. */
export function MdxPre(props: { children?: ReactNode }): ReactNode {
  return <>{props.children}</>;
}
