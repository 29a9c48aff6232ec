import { PlainClient } from '../../components/PlainClient';

/**
 * The baseline of benchmarks/examples-next-first-load.json: the same layout and the same
 * TanStack Query client as the verify page, without react-stripe-identity.
 */
export default function PlainPage() {
  return (
    <main>
      <h1>A page without react-stripe-identity</h1>
      <PlainClient />
    </main>
  );
}
