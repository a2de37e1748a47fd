/**
 * Every API route handler is made by `route()`: the handler reads parse → look up → compute →
 * respond and throws HttpError (or lets anything else escape); the wrapper turns whatever escapes
 * into the one JSON error body, logging unexpected errors once. A unit test checks that every
 * exported method of every route is a `route()` handler (isRouteHandler).
 */
import { errorResponse, HttpError } from './errors';
import { queryWasRead, refuseUnknown } from './params';

/** A route handler; `ctx` is Next's `{ params: Promise<…> }` (optional for routes without parameters). */
export type RouteHandler<C> = (req: Request, ctx: C) => Promise<Response>;

/** Marks handlers made here (a registered symbol, so a second copy of this module still recognises them). */
const MADE = Symbol.for('exposure-atlas.http.route');

/**
 * Wraps a handler. A handler that never reads its query string (parseQuery) takes none: a request
 * that carries one is answered 400 invalid_query naming the parameter (checked once the handler has
 * answered, so it costs nothing on the routes that do read theirs). When the client has gone away
 * (the request's signal aborted) an error is answered with a bodiless 499 (client closed request):
 * nobody reads it, and it is not ours.
 */
export function route(fn: (req: Request) => Response | Promise<Response>): (req: Request, ctx?: unknown) => Promise<Response>;
export function route<C>(fn: (req: Request, ctx: C) => Response | Promise<Response>): RouteHandler<C>;
export function route<C>(fn: (req: Request, ctx: C) => Response | Promise<Response>): RouteHandler<C> {
  const handler: RouteHandler<C> = async (req, ctx) => {
    try {
      const res = await fn(req, ctx);
      // A route that never read its query string takes no parameters: a query it was sent is refused, not ignored.
      if (!queryWasRead(req)) {
        const names = [...new Set(new URL(req.url).searchParams.keys())];
        if (names.length > 0) {
          await res.body?.cancel();
          refuseUnknown(names, []);
        }
      }
      return res;
    } catch (err) {
      if (req.signal?.aborted && !(err instanceof HttpError)) return new Response(null, { status: 499 });
      return errorResponse(err);
    }
  };
  Object.defineProperty(handler, MADE, { value: true });
  return handler;
}

export function isRouteHandler(fn: unknown): boolean {
  return typeof fn === 'function' && Reflect.get(fn, MADE) === true;
}

/** Look up or 404: `found(getX(id), \`no X ${id}\`)`. */
export function found<T>(value: T | null | undefined, message: string, field: string | null = null): T {
  if (value === null || value === undefined) throw new HttpError('not_found', message, { field });
  return value;
}
