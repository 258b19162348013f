import { t } from '@bawaba/i18n'
import type { Locale } from '@bawaba/registry'

/**
 * The JSON answer to a form post the edge had no room for (503 with `Retry-After`): the
 * enhanced form keeps everything, says so in the citizen's language and posts the same form
 * (same token, so the same submission) again after `retryAfter` seconds
 * (sites/src/scripts/eservices-retry.ts).
 */
export function busyAnswer(locale: Locale, retryAfter: number) {
  return {
    ok: false,
    errors: { _form: 'busy' },
    retryAfter,
    message: t(locale, 'forms.error.busy-retrying', { seconds: retryAfter }),
  }
}
