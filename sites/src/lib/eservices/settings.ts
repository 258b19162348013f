import { cmsUrlFromEnv } from '@bawaba/content'

/**
 * What the e-services edge needs from its environment, read when a request needs it (the
 * server bundle is built once and configured where it runs). Locally `npm start` and the
 * test stack put the generated `.data/secrets.env` values there; in production see
 * `.env.example`.
 */
export interface FormsSettings {
  cmsUrl: string
  apiKey: string
  /** Where submissions are written (`file:…` or `mongodb://…`; see @bawaba/eservices/intake). */
  intakeUri: string
  secret: string
  /** Trust `X-Forwarded-For` from a reverse proxy for per-IP limits. */
  trustProxy: boolean
}

export class MissingSetting extends Error {}

export function formsSettings(
  env: Record<string, string | undefined> = process.env,
): FormsSettings {
  const apiKey = env.FORMS_API_KEY
  const secret = env.FORMS_SECRET
  if (!apiKey) throw new MissingSetting('FORMS_API_KEY is not set (see .env.example)')
  const intakeUri = env.INTAKE_URI
  if (!intakeUri) throw new MissingSetting('INTAKE_URI is not set (see .env.example)')
  if (!secret || secret.length < 32)
    throw new MissingSetting('FORMS_SECRET is not set or shorter than 32 characters')
  return {
    cmsUrl: cmsUrlFromEnv(env),
    apiKey,
    intakeUri,
    secret,
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
  }
}
