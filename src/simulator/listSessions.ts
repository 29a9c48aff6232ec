/** `GET /v1/identity/verification_sessions`: filters, newest first, cursor pagination. */
import { expandPaths, presentSession } from './presentSession.js';
import type { SessionRecord } from './sessionStore.js';
import { type ApiAnswer, ParamError } from './stripeErrors.js';
import type { Params } from './validateParams.js';

type Range = { gt?: number; gte?: number; lt?: number; lte?: number };

function inRange(created: number, range: Params[string] | undefined): boolean {
  if (range === undefined) return true;
  if (typeof range === 'number') return created === range;
  const r = range as Range;
  return (
    (r.gt === undefined || created > r.gt) &&
    (r.gte === undefined || created >= r.gte) &&
    (r.lt === undefined || created < r.lt) &&
    (r.lte === undefined || created <= r.lte)
  );
}

function matches(record: SessionRecord, params: Params): boolean {
  const { session } = record;
  const equal = (
    field: 'client_reference_id' | 'status' | 'related_customer' | 'related_customer_account',
  ) => params[field] === undefined || session[field] === params[field];
  return (
    equal('client_reference_id') &&
    equal('status') &&
    equal('related_customer') &&
    equal('related_customer_account') &&
    inRange(session.created, params.created)
  );
}

/** The index of a cursor in `sorted`; Stripe refuses an id it does not know. */
function cursorAt(sorted: SessionRecord[], id: string, param: string): number {
  const at = sorted.findIndex((r) => r.session.id === id);
  if (at < 0) {
    throw new ParamError(param, `No such verification session: '${id}'`, 'resource_missing');
  }
  return at;
}

/** One page of the sessions that match, as Stripe's list object. */
export function listSessions(records: Iterable<SessionRecord>, params: Params): ApiAnswer {
  const limit = (params.limit as number | undefined) ?? 10;
  if (limit < 1 || limit > 100) {
    throw new ParamError('limit', `Invalid limit: must be between 1 and 100`);
  }
  if (params.starting_after !== undefined && params.ending_before !== undefined) {
    throw new ParamError(
      'starting_after',
      'You may only specify one of these parameters: ending_before, starting_after.',
      'parameters_exclusive',
    );
  }
  const expand = expandPaths(params.expand, true);
  const sorted = [...records]
    .filter((r) => matches(r, params))
    .sort((a, b) => b.session.created - a.session.created || b.seq - a.seq);
  let page: SessionRecord[];
  let hasMore: boolean;
  if (typeof params.ending_before === 'string') {
    const end = cursorAt(sorted, params.ending_before, 'ending_before');
    page = sorted.slice(Math.max(0, end - limit), end);
    hasMore = end - limit > 0;
  } else {
    const start =
      typeof params.starting_after === 'string'
        ? cursorAt(sorted, params.starting_after, 'starting_after') + 1
        : 0;
    page = sorted.slice(start, start + limit);
    hasMore = start + limit < sorted.length;
  }
  return {
    status: 200,
    body: {
      object: 'list',
      data: page.map((r) => presentSession(r, expand, { inList: true })),
      has_more: hasMore,
      url: '/v1/identity/verification_sessions',
    },
  };
}
