import type { I18nClient } from '@payloadcms/translations'
import type { CollectionSlug, Payload, TypedUser } from 'payload'
import { canPublish, isAdminUser, isStaffUser, siteIdsOf } from '../access/roles.ts'
import { reviewStateLabels } from '../collections/Reviews/labels.ts'
import { inLanguage } from '../fields/labels.ts'
import { idOf } from '../lib/ids.ts'
import { formatOnWallClock } from '../lib/wallClock.ts'
import { reviewText } from './reviewText.ts'

interface Props {
  payload: Payload
  user?: TypedUser | null
  i18n: I18nClient
}

type Row = {
  id: string
  title: string
  state: 'pending' | 'changes-requested' | 'published'
  site?: unknown
  document?: { relationTo: string; value: unknown }
  requestedBy?: unknown
  requestedAt?: string | null
  publishAt?: string | null
  comment?: string | null
}

const shown = 50

/**
 * First on the dashboard: for those who may publish, what their sites' editors submitted and
 * awaits them; for editors, where their own submissions stand, with a publisher's comment when
 * one came back. Read with the person's own access: a publisher of another district sees
 * nothing of this one's queue.
 */
export async function ReviewQueue({ payload, user, i18n }: Props) {
  if (!user || !isStaffUser(user)) return null
  const language = i18n.language
  const t = (key: keyof typeof reviewText) => inLanguage(reviewText[key], language)
  const reviewer = isAdminUser(user) || canPublish(user)
  const { docs } = await payload.find({
    collection: 'reviews',
    where: reviewer
      ? { state: { equals: 'pending' } }
      : {
          and: [
            { state: { in: ['pending', 'changes-requested'] } },
            { requestedBy: { equals: user.id } },
          ],
        },
    sort: '-requestedAt',
    limit: shown,
    depth: 1,
    overrideAccess: false,
    user,
  })
  const rows = docs as unknown as Row[]
  const admin = payload.config.routes.admin
  const manySites = isAdminUser(user) || siteIdsOf(user).length > 1
  const siteNames = new Map<string, string>()
  if (manySites)
    for (const site of (
      await payload.find({ collection: 'sites', pagination: false, depth: 0, locale: 'ar' })
    ).docs)
      siteNames.set(site.id, String(site.name ?? site.slug))
  const kindOf = (row: Row) => {
    const labels = payload.collections[row.document?.relationTo as CollectionSlug]?.config.labels
    const singular = labels?.singular
    return typeof singular === 'object'
      ? inLanguage(singular as never, language)
      : String(row.document?.relationTo ?? '')
  }
  const person = (value: unknown) =>
    value && typeof value === 'object'
      ? String((value as { name?: string }).name || (value as { email?: string }).email)
      : t('someone')
  const when = (iso?: string | null) => (iso ? formatOnWallClock(iso) : '—')
  const link = (row: Row) =>
    `${admin}/collections/${row.document?.relationTo}/${encodeURIComponent(String(idOf(row.document?.value)))}`

  return (
    <section
      className="bawaba-dashboard"
      aria-labelledby="review-queue"
      data-review-queue={reviewer ? 'reviewer' : 'editor'}
    >
      <h2 id="review-queue">
        {reviewer ? t('queueTitle') : t('mineTitle')} ({rows.length})
      </h2>
      {rows.length === 0 ? (
        <p>{reviewer ? t('noneToReview') : t('noneMine')}</p>
      ) : (
        <div className="bawaba-table-wrap">
          <table className="bawaba-table">
            <thead>
              <tr>
                <th scope="col">{t('item')}</th>
                <th scope="col">{t('kind')}</th>
                {manySites && <th scope="col">{t('site')}</th>}
                {reviewer ? (
                  <>
                    <th scope="col">{t('requestedBy')}</th>
                    <th scope="col">{t('since')}</th>
                    <th scope="col">{t('wishedColumn')}</th>
                  </>
                ) : (
                  <th scope="col">{t('state')}</th>
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-review-row={row.state}>
                  <th scope="row">
                    <a href={link(row)}>
                      <bdi>{row.title}</bdi>
                    </a>
                  </th>
                  <td>{kindOf(row)}</td>
                  {manySites && <td>{siteNames.get(String(idOf(row.site))) ?? '—'}</td>}
                  {reviewer ? (
                    <>
                      <td>
                        <bdi>{person(row.requestedBy)}</bdi>
                      </td>
                      <td>
                        <bdi>{when(row.requestedAt)}</bdi>
                      </td>
                      <td>
                        <bdi>{when(row.publishAt)}</bdi>
                      </td>
                    </>
                  ) : (
                    <td>
                      {inLanguage(reviewStateLabels[row.state], language)}
                      {row.state === 'changes-requested' && row.comment && (
                        <p className="bawaba-review__comment">
                          <bdi>{row.comment}</bdi>
                        </p>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
