import { createHmac, randomInt } from 'node:crypto'
import {
  createChallenge as createAltchaChallenge,
  verifySolution,
  type Challenge,
  type DeriveKeyFunction,
} from 'altcha-lib'
import { deriveKey as pbkdf2 } from 'altcha-lib/algorithms/pbkdf2'
import { deriveKey as sha } from 'altcha-lib/algorithms/sha'
import { z } from 'zod'

/**
 * ALTCHA proof of work (altcha-lib v2 protocol, as the `altcha` widget v3 speaks it) in
 * deterministic mode: the server picks the counter the browser must find, between
 * `maxNumber / 2` and `maxNumber`, and signs the expected key, so verifying is two HMACs.
 * A verified payload is not yet consumed: the caller stores `replayKey` under a UNIQUE
 * constraint and refuses the submission when the insert conflicts.
 */
export type AltchaChallenge = Challenge
export type AltchaAlgorithm = 'PBKDF2/SHA-256' | 'SHA-256'

export interface ChallengeOptions {
  /** Upper bound of the counter to find: the work asked of the browser. */
  maxNumber: number
  expiresInSeconds: number
  /** `PBKDF2/SHA-256` by default; `SHA-256` is much cheaper (tests, low-end devices). */
  algorithm?: AltchaAlgorithm
  /** Key derivation cost per attempt: 5,000 PBKDF2 iterations, or 1 SHA-256 round, by default. */
  cost?: number
  now?: () => Date
}

export type VerifyFailure =
  | 'too-large'
  | 'malformed'
  | 'unsupported-algorithm'
  | 'expired'
  | 'invalid-signature'
  | 'invalid-solution'
  | 'error'

export interface VerifyResult {
  ok: boolean
  replayKey?: string
  reason?: VerifyFailure
}

const deriveKeys: Record<AltchaAlgorithm, DeriveKeyFunction> = {
  'PBKDF2/SHA-256': pbkdf2,
  'SHA-256': sha,
}
const defaultCost: Record<AltchaAlgorithm, number> = { 'PBKDF2/SHA-256': 5_000, 'SHA-256': 1 }
const maxPayloadLength = 4096

function secrets(hmacKey: string) {
  if (typeof hmacKey !== 'string' || hmacKey.length < 16) {
    throw new Error('the ALTCHA HMAC key must be a secret of at least 16 characters')
  }
  // A second secret, derived from the first, signs the expected key.
  const keySecret = createHmac('sha256', hmacKey)
    .update('bawaba/altcha/key-signature')
    .digest('hex')
  return { hmacSignatureSecret: hmacKey, hmacKeySignatureSecret: keySecret }
}

/** A signed challenge: the JSON the widget expects from its `challenge` URL. */
export async function createChallenge(
  hmacKey: string,
  options: ChallengeOptions,
): Promise<AltchaChallenge> {
  const {
    maxNumber,
    expiresInSeconds,
    algorithm = 'PBKDF2/SHA-256',
    now = () => new Date(),
  } = options
  const cost = options.cost ?? defaultCost[algorithm]
  if (!Number.isInteger(maxNumber) || maxNumber < 1 || maxNumber > 0xffff_ffff) {
    throw new RangeError(`maxNumber must be an integer from 1 to 2^32 - 1, not ${maxNumber}`)
  }
  if (!(Number.isInteger(expiresInSeconds) && expiresInSeconds > 0)) {
    throw new RangeError(`expiresInSeconds must be a positive integer, not ${expiresInSeconds}`)
  }
  if (!Object.hasOwn(deriveKeys, algorithm)) throw new Error(`unsupported algorithm '${algorithm}'`)
  return createAltchaChallenge({
    algorithm,
    cost,
    counter: randomInt(Math.ceil(maxNumber / 2), maxNumber + 1),
    deriveKey: deriveKeys[algorithm],
    expiresAt: Math.floor(now().getTime() / 1000) + expiresInSeconds,
    ...secrets(hmacKey),
  })
}

const hex = z.string().regex(/^(?:[0-9a-f]{2})+$/)
const payloadSchema = z.object({
  challenge: z.object({
    parameters: z.looseObject({
      algorithm: z.string(),
      nonce: hex,
      salt: hex,
      cost: z.int().positive(),
      keyLength: z.int().positive().max(64),
      keyPrefix: hex,
      keySignature: hex.optional(),
      expiresAt: z.int().positive(),
    }),
    signature: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  solution: z.object({ counter: z.int().nonnegative(), derivedKey: hex }),
})

/**
 * Checks a payload from the widget (base64 JSON): signature, expiry and solution. Never
 * throws: a bad payload, or a failure inside the library, is `ok: false` with a reason.
 */
export async function verifyPayload(
  payload: string,
  hmacKey: string,
  options: { now?: () => Date } = {},
): Promise<VerifyResult> {
  const fail = (reason: VerifyFailure): VerifyResult => ({ ok: false, reason })
  try {
    if (typeof payload !== 'string') return fail('malformed')
    if (payload.length > maxPayloadLength) return fail('too-large')
    if (payload.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(payload)) {
      return fail('malformed')
    }
    let data: unknown
    try {
      data = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'))
    } catch {
      return fail('malformed')
    }
    const parsed = payloadSchema.safeParse(data)
    if (!parsed.success) return fail('malformed')
    const { challenge, solution } = data as z.infer<typeof payloadSchema>
    const algorithm = challenge.parameters.algorithm as AltchaAlgorithm
    if (!Object.hasOwn(deriveKeys, algorithm)) return fail('unsupported-algorithm')
    const now = (options.now ?? (() => new Date()))().getTime()
    if (challenge.parameters.expiresAt * 1000 < now) return fail('expired')

    const result = await verifySolution({
      challenge,
      solution,
      deriveKey: deriveKeys[algorithm],
      ...secrets(hmacKey),
    })
    if (result.verified) return { ok: true, replayKey: challenge.signature }
    if (result.expired) return fail('expired')
    if (result.invalidSignature) return fail('invalid-signature')
    return fail('invalid-solution')
  } catch {
    return fail('error')
  }
}
