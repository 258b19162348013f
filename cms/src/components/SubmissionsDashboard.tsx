import type { SubmissionStatus } from '@bawaba/schemas'
import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'
import { isStaffUser } from '../access/roles.ts'
import { dashboardStats } from '../collections/Submissions/dashboard.ts'
import { serviceLabels, statusLabels } from '../collections/Submissions/labels.ts'
import { inLanguage, label } from '../fields/labels.ts'

const text = {
  title: label('الطلبات والشكايات', 'Demandes et réclamations', 'Submissions'),
  scope: label(
    'ما يمكنك الاطلاع عليه فقط.',
    'Uniquement ce que vous pouvez consulter.',
    'Only what you may read.',
  ),
  byStatus: label('حسب الحالة', 'Par statut', 'By status'),
  bySite: label('حسب الموقع', 'Par site', 'By site'),
  site: label('الموقع', 'Site', 'Site'),
  total: label('المجموع', 'Total', 'Total'),
  open: label('مفتوحة', 'Ouvertes', 'Open'),
  overdue: label('متأخرة', 'En retard', 'Overdue'),
  overdueTitle: label(
    'تجاوزت الأجل القانوني دون جواب',
    'Échéance légale dépassée sans réponse',
    'Past their legal due date, unanswered',
  ),
  none: label('لا شيء.', 'Aucune.', 'None.'),
  code: label('رمز التتبع', 'Code de suivi', 'Tracking code'),
  service: label('الخدمة', 'Service', 'Service'),
  due: label('الأجل', 'Échéance', 'Due'),
  daysLate: label('أيام التأخير', 'Jours de retard', 'Days late'),
  all: label('عرض كل المتأخرة', 'Voir toutes les demandes en retard', 'See all overdue'),
  median: label(
    'الوسيط الزمني للمعالجة',
    'Délai médian de résolution',
    'Median time to resolution',
  ),
  days: label('يوم', 'jours', 'days'),
  over: label('على أساس', 'sur', 'over'),
  resolved: label('طلبا تمت معالجته', 'demandes résolues', 'resolved'),
}

const shown = 20

interface Props {
  payload: Payload
  user?: TypedUser | null
  i18n: I18nClient
}

/**
 * Above the admin dashboard: how the submissions the user may read stand — per status and per
 * site, what is overdue (linked), and how long a resolution takes.
 */
export async function SubmissionsDashboard({ payload, user, i18n }: Props) {
  if (!user || !isStaffUser(user)) return null
  const language = i18n.language === 'fr' || i18n.language === 'en' ? i18n.language : 'ar'
  const t = (key: keyof typeof text) => inLanguage(text[key], language)
  const stats = await dashboardStats(payload, user, language)
  const admin = payload.config.routes.admin
  const number = new Intl.NumberFormat(language)
  const date = new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeZone: 'Africa/Casablanca',
  })
  const siteName = (id: string) => stats.sites[id]?.name ?? id
  const overdueList = `${admin}/collections/submissions?${new URLSearchParams({
    'where[and][0][dueAt][less_than]': stats.generatedAt,
    'where[and][1][status][not_in][0]': 'resolved',
    'where[and][1][status][not_in][1]': 'rejected',
  })}`

  return (
    <section aria-labelledby="submissions-dashboard" className="bawaba-dashboard">
      <h2 id="submissions-dashboard">{t('title')}</h2>
      <p className="bawaba-hint">{t('scope')}</p>
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'flex-start',
          gap: 'calc(var(--base) * 2)',
        }}
      >
        <table className="bawaba-table">
          <caption>{t('byStatus')}</caption>
          <tbody>
            {(Object.keys(stats.byStatus) as SubmissionStatus[]).map((status) => (
              <tr key={status}>
                <th scope="row">{inLanguage(statusLabels[status], language)}</th>
                <td className="bawaba-number">{number.format(stats.byStatus[status])}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('total')}</th>
              <td className="bawaba-number">{number.format(stats.total)}</td>
            </tr>
          </tbody>
        </table>
        <table className="bawaba-table">
          <caption>{t('bySite')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('site')}</th>
              <th scope="col" className="bawaba-number">
                {t('total')}
              </th>
              <th scope="col" className="bawaba-number">
                {t('open')}
              </th>
              <th scope="col" className="bawaba-number">
                {t('overdue')}
              </th>
            </tr>
          </thead>
          <tbody>
            {stats.bySite.map((row) => (
              <tr key={row.site}>
                <th scope="row">{siteName(row.site)}</th>
                <td className="bawaba-number">{number.format(row.total)}</td>
                <td className="bawaba-number">{number.format(row.open)}</td>
                <td className="bawaba-number">{number.format(row.overdue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <strong>{t('median')}</strong>:{' '}
        {stats.resolution.medianDays === null
          ? '—'
          : `${number.format(stats.resolution.medianDays)} ${t('days')}`}{' '}
        ({t('over')} {number.format(stats.resolution.count)} {t('resolved')})
      </p>
      <h3>
        {t('overdueTitle')} ({number.format(stats.overdue.length)})
      </h3>
      {stats.overdue.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <>
          <div className="bawaba-table-wrap">
            <table className="bawaba-table">
              <thead>
                <tr>
                  <th scope="col">{t('code')}</th>
                  <th scope="col">{t('service')}</th>
                  <th scope="col">{t('site')}</th>
                  <th scope="col">{t('due')}</th>
                  <th scope="col" className="bawaba-number">
                    {t('daysLate')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {stats.overdue.slice(0, shown).map((item) => (
                  <tr key={item.id}>
                    <td>
                      <a href={`${admin}/collections/submissions/${item.id}`}>
                        <bdi>{item.code}</bdi>
                      </a>
                    </td>
                    <td>
                      {inLanguage(
                        serviceLabels[item.service as keyof typeof serviceLabels] ?? text.service,
                        language,
                      )}
                    </td>
                    <td>{siteName(item.site)}</td>
                    <td>{date.format(new Date(item.dueAt))}</td>
                    <td
                      className="bawaba-number"
                      style={{ color: 'var(--theme-error-500)', fontWeight: 600 }}
                    >
                      {number.format(item.daysLate)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            <a href={overdueList}>{t('all')}</a>
          </p>
        </>
      )}
    </section>
  )
}
