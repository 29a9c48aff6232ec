/** A promise with its `resolve` and `reject` exposed, to control timing in tests. */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T | PromiseLike<T>) => void;
  reject: (reason?: unknown) => void;
  /** `pending` until `resolve` or `reject` is called. */
  readonly state: 'pending' | 'resolved' | 'rejected';
}

/**
 * Creates a {@link Deferred}: hand its `promise` to the code under test, settle it when the test
 * says so (e.g. keep Stripe.js "loading" while checking the backend was already called).
 *
 * @example
 * const stripeLoad = createDeferred<Stripe>();
 * render(<IdentityProvider stripe={stripeLoad.promise}>…);
 * // … click, assert the backend was called …
 * stripeLoad.resolve(createMockStripe().stripe);
 */
export function createDeferred<T = void>(): Deferred<T> {
  let state: Deferred<T>['state'] = 'pending';
  let resolve!: Deferred<T>['resolve'];
  let reject!: Deferred<T>['reject'];
  const promise = new Promise<T>((res, rej) => {
    resolve = (value) => {
      if (state === 'pending') state = 'resolved';
      res(value);
    };
    reject = (reason) => {
      if (state === 'pending') state = 'rejected';
      rej(reason);
    };
  });
  return {
    promise,
    resolve,
    reject,
    get state() {
      return state;
    },
  };
}
