/**
 * Simulated citizens filing an e-service form through the sites server, as the enhanced form
 * does: load the form (its token is the idempotency key), wait as a person would, then POST
 * the same fields with `Accept: application/json`, each citizen from its own address
 * (`X-Forwarded-For`, honoured when the sites server runs with `TRUST_PROXY=1`). Shared by the
 * durability test and `npm run bench`.
 */
import { Agent, request } from 'node:http'

/** Where the sites server listens; an agent keeps connections alive under load. */
export interface Edge {
  port: number
  agent?: Agent
}

export interface EdgeAnswer {
  status: number
  /** The body parsed as JSON, or null when it is not JSON. */
  json: Record<string, any> | null
  /** The body as text (a page, for instance). */
  text?: string
}

/** A site's own origin on this server: what its pages send as `Origin`. */
export const originOf = (edge: Edge, slug: string) => `http://${slug}.localhost:${edge.port}`

/**
 * One request to the sites server on 127.0.0.1 with the site's Host header (Node may not
 * resolve `*.localhost`). Rejects on a network error; `timeoutMs` only guards against a hang.
 */
export function edgeRequest(
  edge: Edge,
  slug: string,
  options: { method: string; path: string; headers?: Record<string, string>; body?: string },
  timeoutMs = 60_000,
): Promise<EdgeAnswer> {
  return new Promise((resolve, reject) => {
    const body = options.body === undefined ? undefined : Buffer.from(options.body)
    const req = request(
      {
        host: '127.0.0.1',
        port: edge.port,
        method: options.method,
        path: options.path,
        agent: edge.agent,
        headers: {
          host: `${slug}.localhost:${edge.port}`,
          ...(body ? { 'content-length': String(body.length) } : {}),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('error', reject)
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let json: Record<string, any> | null = null
          try {
            json = JSON.parse(text)
          } catch {
            // an HTML page or an empty body
          }
          resolve({ status: res.statusCode ?? 0, json, text })
        })
      },
    )
    req.on('error', reject)
    req.setTimeout(timeoutMs, () =>
      req.destroy(new Error(`${options.method} ${slug}${options.path}: no answer`)),
    )
    req.end(body)
  })
}

/** A distinct, valid-looking address per citizen (10.0.0.0/8 holds 16 million). */
export const addressOf = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`

/** The form token of a freshly rendered form, as a browser would get it. */
export async function loadForm(
  edge: Edge,
  slug: string,
  path: string,
  address: string,
): Promise<string> {
  const page = await edgeRequest(edge, slug, {
    method: 'GET',
    path,
    headers: { 'x-forwarded-for': address },
  })
  if (page.status !== 200) throw new Error(`GET ${slug}${path}: ${page.status}`)
  const html = page.text ?? ''
  const token = /<input type="hidden" name="token" value="([^"]+)"/.exec(html)?.[1]
  if (!token) throw new Error(`GET ${slug}${path}: no form token in the page`)
  return token
}

/** The idempotency key a form token carries (its signed payload's `k`). */
export function keyOf(token: string): string {
  const payload = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8'))
  return String(payload.k)
}

/** A complaint that validates, different for each citizen `n`; contact by phone (no mail). */
export function complaintForm(site: string, token: string, n: number): string {
  return new URLSearchParams({
    token,
    website: '',
    site,
    category: 'lighting',
    description: `Lampadaire éteint rue ${n}, depuis plusieurs soirs.`,
    phone: `06${String(n % 100_000_000).padStart(8, '0')}`,
    consent: 'yes',
  }).toString()
}

/** Posts a filled form the way the enhanced form does, from `address`. */
export function postForm(
  edge: Edge,
  slug: string,
  path: string,
  form: string,
  address: string,
  timeoutMs?: number,
): Promise<EdgeAnswer> {
  return edgeRequest(
    edge,
    slug,
    {
      method: 'POST',
      path,
      headers: {
        origin: originOf(edge, slug),
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
        'x-forwarded-for': address,
      },
      body: form,
    },
    timeoutMs,
  )
}

export interface Filing {
  code: string
  /** Posts made, the acknowledged one included. */
  attempts: number
  /** Answers that said "try again" (503 `unavailable` or `busy`) or never came (network error). */
  unavailable: number
}

/**
 * Posts the same form (same token, so the same submission) until the edge acknowledges it,
 * as a citizen does after "the service is unavailable, try again". Waits longer after each
 * failure: without proof of work an address has 8 posts (`limiters.submitPlain`), so the
 * waits add up to a minute before the last one. Anything but success or "try again" is an
 * error that names the answer.
 */
export async function fileUntilAcknowledged(
  post: () => Promise<EdgeAnswer>,
  waitsMs = [1_000, 2_000, 4_000, 8_000, 15_000, 15_000, 15_000],
): Promise<Filing> {
  let unavailable = 0
  for (let attempt = 1; ; attempt++) {
    let answer: EdgeAnswer | null = null
    let failure = ''
    try {
      answer = await post()
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error)
    }
    if (answer?.status === 200 && answer.json?.ok === true && typeof answer.json.code === 'string')
      return { code: answer.json.code, attempts: attempt, unavailable }
    const retry = answer === null || ['unavailable', 'busy'].includes(answer.json?.errors?._form)
    if (!retry)
      throw new Error(
        `the edge refused the filing: ${answer!.status} ${JSON.stringify(answer!.json)}`,
      )
    unavailable++
    // Busy: the edge said how long to wait (the enhanced form waits that long too).
    const asked = Number(answer?.json?.retryAfter)
    const wait = asked > 0 ? asked * 1000 : waitsMs[attempt - 1]
    if (wait === undefined)
      throw new Error(
        `still unavailable after ${attempt} posts (last: ${failure || `${answer!.status} ${JSON.stringify(answer!.json)}`})`,
      )
    await new Promise((ok) => setTimeout(ok, wait))
  }
}
