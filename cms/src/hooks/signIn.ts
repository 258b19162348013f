import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import { createRateLimiter, rateLimitKey } from '@bawaba/eservices'
import {
  APIError,
  AuthenticationError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type Endpoint,
  type PayloadRequest,
} from 'payload'
import { languageOf, message } from '../i18n/messages.ts'
import { readJson } from '../lib/body.ts'

/**
 * Signing in and asking for a password reset, so that neither tells whether an account exists
 * and nobody can lock anybody out:
 * - an unknown address costs the same password hashing as a wrong password (the hash is what
 *   takes time, about half a second), and gets the same error;
 * - a reset request is answered at once, the same way for every address; the work (token,
 *   mail) goes on after the answer;
 * - there is no lock on accounts (Payload's would let anyone lock the admin out for ten
 *   minutes, and say so); failed attempts are budgeted per client address instead — an IPv6
 *   client per /64 — and per address and account, so a guesser slows themselves down, not the
 *   person (a successful sign-in gives back what it took).
 * Budgets are per CMS process (in memory): with several instances behind the load balancer,
 * each keeps its own, which multiplies them by the number of instances.
 */

const hashAsync = promisify(pbkdf2)
// Payload's current password hash (pbkdf2-sha256-v1: 600,000 iterations, 32 bytes).
const hashIterations = 600_000
const hashBytes = 32
const decoySalt = randomBytes(32).toString('hex')

const minute = 60
export const signInBudgets = {
  /** Attempts from one address (an office behind one NAT signs in together in the morning). */
  perAddress: createRateLimiter({
    capacity: 30,
    refillPerSecond: 30 / (15 * minute),
    maxKeys: 50_000,
  }),
  /** Attempts at one account from one address: a few typos, then one every three minutes. */
  perAccount: createRateLimiter({
    capacity: 6,
    refillPerSecond: 1 / (3 * minute),
    maxKeys: 50_000,
  }),
  /** Reset requests from one address. */
  resets: createRateLimiter({ capacity: 5, refillPerSecond: 5 / (60 * minute), maxKeys: 50_000 }),
}

/**
 * The client's address as the CMS can know it. Behind the load balancer (`TRUST_PROXY=1`) the
 * last `X-Forwarded-For` entry is the one it added; without a proxy, Next.js puts the socket's
 * address there when the client did not send one.
 */
export function clientAddress(
  headers: Headers,
  trustProxy = process.env.TRUST_PROXY === '1',
): string {
  const chain = (headers.get('x-forwarded-for') ?? '').split(',').map((part) => part.trim())
  const address = (trustProxy ? chain.at(-1) : chain[0]) || 'unknown'
  return rateLimitKey(address)
}

function spend(req: PayloadRequest, ...keys: [keyof typeof signInBudgets, string][]) {
  for (const [budget, key] of keys) {
    const result = signInBudgets[budget].take(key)
    if (!result.ok) {
      const minutes = Math.max(1, Math.ceil(result.retryAfterSeconds / 60))
      throw new APIError(message('tooManyAttempts', languageOf(req), { minutes }), 429, null, true)
    }
  }
}

const emailOf = (data: unknown): string | null => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' && email.trim() ? email.trim().toLowerCase() : null
}

/** Before Payload's login (REST, GraphQL and the admin alike): budgets, then equal work. */
export const guardSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation === 'forgotPassword' && req.payloadAPI !== 'local') {
    // Only through our own endpoint below (GraphQL's mutation would answer after the mail).
    throw new APIError(message('resetThroughAdmin', languageOf(req)), 403, null, true)
  }
  if (operation !== 'login' || req.payloadAPI === 'local') return args
  const { data } = args as { data?: { password?: unknown } }
  const email = emailOf(data)
  const address = clientAddress(req.headers)
  spend(req, ['perAddress', address], ['perAccount', `${address} ${email ?? ''}`])
  if (!email || typeof data?.password !== 'string' || !data.password) return args
  const user = await req.payload.db.findOne({
    collection: 'users',
    where: { email: { equals: email } },
    req,
  })
  if (!user) {
    // What checking a real password costs, so that the answer takes as long.
    await hashAsync(data.password, decoySalt, hashIterations, hashBytes, 'sha256')
    throw new AuthenticationError(req.t)
  }
  return args
}

/** A successful sign-in gives back what it took: only failures wear the budgets down. */
export const refundSignIn: CollectionAfterLoginHook = ({ req, user }) => {
  if (req.payloadAPI === 'local') return user
  const address = clientAddress(req.headers)
  const email = typeof user?.email === 'string' ? user.email.toLowerCase() : ''
  signInBudgets.perAddress.give(address)
  signInBudgets.perAccount.give(`${address} ${email}`)
  return user
}

/**
 * `POST /api/users/forgot-password`, in place of Payload's: answers at once with Payload's own
 * success message, whatever the address, and asks for the reset after answering.
 */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    spend(req, ['resets', clientAddress(req.headers)])
    const body = await readJson(req as Request, 4096)
    const email = emailOf(body.ok ? body.value : null)
    if (!email) throw new APIError(message('emailRequired', languageOf(req)), 400, null, true)
    const { payload } = req
    setImmediate(() => {
      payload
        .forgotPassword({ collection: 'users', data: { email } })
        .catch((error: unknown) =>
          payload.logger.error({ err: error, msg: 'password reset failed' }),
        )
    })
    return Response.json({ message: req.t('general:success') })
  },
}
