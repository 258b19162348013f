import type { PayloadHandler } from 'payload'
import { isServiceCode, open311Error, serviceDefinition, services } from './format.ts'
import { scopeOf } from './jurisdictions.ts'
import { say } from './messages.ts'
import { localeOfRequest, open311Errors, open311Json, paramsOf } from './respond.ts'

/** Services change with a deploy, not a click: an hour of caching is safe. */
const cacheable = { 'cache-control': 'public, max-age=3600' }

/** GET services.json: every complaint category, for any jurisdiction (all sites take all). */
export const listServices: PayloadHandler = async (req) => {
  const locale = localeOfRequest(req)
  const scope = await scopeOf(req, locale, paramsOf(req).get('jurisdiction_id'))
  if (scope.kind === 'unknown')
    return open311Errors(404, [
      open311Error(404, say(locale, 'jurisdiction-unknown', { id: scope.id })),
    ])
  return open311Json(200, services(locale), cacheable)
}

/** GET services/{service_code}.json. */
export const defineService: PayloadHandler = async (req) => {
  const locale = localeOfRequest(req)
  const code = String(req.routeParams?.code ?? '')
  const scope = await scopeOf(req, locale, paramsOf(req).get('jurisdiction_id'))
  if (scope.kind === 'unknown')
    return open311Errors(404, [
      open311Error(404, say(locale, 'jurisdiction-unknown', { id: scope.id })),
    ])
  if (!isServiceCode(code))
    return open311Errors(404, [
      open311Error(404, say(locale, 'service-unknown', { code: code.slice(0, 60) })),
    ])
  return open311Json(200, serviceDefinition(code), cacheable)
}
