// Checks web addresses: HEAD first, GET when a server refuses HEAD, following
// a bounded number of redirects by hand so a loop is recognised as one.

/** `not-checked`: there was no network to check it with (see checkLinks). */
export type LinkOutcome = 'ok' | 'broken' | 'redirect-loop' | 'too-many-redirects' | 'timeout' | 'error' | 'not-checked';

export interface LinkResult {
  url: string;
  outcome: LinkOutcome;
  ok: boolean;
  /** The last HTTP status received, if any. */
  status: number | null;
  /** Where the redirects ended (the URL itself when there were none). */
  finalUrl: string;
  redirects: number;
  /** What went wrong, in words, when it did. */
  error: string | null;
}

export interface CheckOptions {
  /** Requests under way at once. */
  concurrency?: number;
  /** Per request, in milliseconds. */
  timeoutMs?: number;
  maxRedirects?: number;
  /** Called after each URL is done. */
  onResult?: (result: LinkResult, done: number, total: number) => void;
  /** Stops the run: URLs not yet checked are left out of the results. */
  signal?: AbortSignal;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// Statuses some servers give HEAD but not GET.
const RETRY_WITH_GET = new Set([400, 403, 404, 405, 406, 429, 500, 501, 502, 503]);

async function request(url: string, method: 'HEAD' | 'GET', timeoutMs: number, signal?: AbortSignal): Promise<Response> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const response = await fetch(url, {
    method,
    redirect: 'manual',
    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    headers: { 'user-agent': 'lms check-links', accept: '*/*' },
  });
  // Only the status and headers matter; let the connection go.
  await response.body?.cancel().catch(() => undefined);
  return response;
}

/** Errors that say this machine has no network, or no name service, rather than anything about the host. */
const NO_NETWORK = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'ENETDOWN']);
const NO_NETWORK_MESSAGE = 'the host name does not resolve';

function describeError(error: unknown): { outcome: LinkOutcome; message: string } {
  const err = error as Error & { cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError') return { outcome: 'timeout', message: 'no answer before the time limit' };
  const code = err.cause?.code;
  if (code === 'ENETUNREACH' || code === 'ENETDOWN') return { outcome: 'error', message: 'the network is unreachable' };
  const message = code === 'ECONNRESET' ? 'the connection was reset' : code === 'ECONNREFUSED' ? 'the connection was refused' : code !== undefined && NO_NETWORK.has(code) ? NO_NETWORK_MESSAGE : (err.cause?.message ?? err.message);
  return { outcome: 'error', message };
}

export async function checkLink(url: string, options: CheckOptions = {}): Promise<LinkResult> {
  const { timeoutMs = 10_000, maxRedirects = 5, signal } = options;
  const seen = new Set<string>([url]);
  let current = url;
  let status: number | null = null;
  const result = (outcome: LinkOutcome, error: string | null): LinkResult => ({ url, outcome, ok: outcome === 'ok', status, finalUrl: current, redirects: seen.size - 1, error });
  try {
    for (;;) {
      let response = await request(current, 'HEAD', timeoutMs, signal);
      if (RETRY_WITH_GET.has(response.status)) response = await request(current, 'GET', timeoutMs, signal);
      status = response.status;
      const location = response.headers.get('location');
      if (!REDIRECTS.has(status) || location === null) {
        return status < 400 ? result('ok', null) : result('broken', `HTTP ${status}`);
      }
      const next = new URL(location, current).href;
      if (seen.has(next)) {
        current = next;
        return result('redirect-loop', `redirects in a loop back to ${next}`);
      }
      if (seen.size > maxRedirects) return result('too-many-redirects', `more than ${maxRedirects} redirects`);
      seen.add(next);
      current = next;
    }
  } catch (error) {
    if (signal?.aborted) throw error;
    const { outcome, message } = describeError(error);
    return result(outcome, message);
  }
}

/** Hosts that must fail to resolve, with none answering, before lms concludes there is no network. */
const NO_NETWORK_HOSTS = 3;

/**
 * Checks every URL with at most `concurrency` requests at once; results in
 * the order given. When the first hosts tried all fail to resolve (or the
 * network is unreachable) and none has answered, there is no network: the
 * run stops early and every link it could not check is `not-checked`, not
 * broken. One host that does not resolve while others answer is a broken link.
 */
export async function checkLinks(urls: readonly string[], options: CheckOptions = {}): Promise<LinkResult[]> {
  const { concurrency = 8, onResult, signal } = options;
  const results: Array<LinkResult | undefined> = new Array(urls.length);
  let next = 0;
  let done = 0;
  let answered = false;
  const unresolved = new Set<string>();
  let offline = false;
  const hosts = new Set(urls.map((u) => new URL(u).host)).size;
  const noNetwork = (r: LinkResult) => r.outcome === 'error' && r.redirects === 0 && (r.error === NO_NETWORK_MESSAGE || r.error === 'the network is unreachable');
  const worker = async () => {
    while (next < urls.length && !signal?.aborted && !offline) {
      const index = next++;
      try {
        const result = await checkLink(urls[index] as string, options);
        results[index] = result;
        if (noNetwork(result)) unresolved.add(new URL(result.url).host);
        else answered = true;
        offline ||= !answered && unresolved.size >= Math.min(NO_NETWORK_HOSTS, hosts);
        onResult?.(result, ++done, urls.length);
      } catch (error) {
        if (!signal?.aborted) throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, urls.length) }, worker));
  if (offline) {
    return urls.map((url, i) => {
      const r = results[i];
      return r && !noNetwork(r) ? r : { url, outcome: 'not-checked', ok: false, status: null, finalUrl: url, redirects: 0, error: 'no network: not checked' };
    });
  }
  return results.filter((r): r is LinkResult => r !== undefined);
}
