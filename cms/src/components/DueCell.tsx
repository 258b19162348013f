import type { DefaultServerCellComponentProps } from 'payload'
import { isOverdueSubmission } from '../collections/Submissions/stats.ts'
import { inLanguage, label } from '../fields/labels.ts'

const overdue = label('متأخر', 'En retard', 'Overdue')

/** The legal due date in the submissions list, with a red badge once it has passed unanswered. */
export function DueCell({ cellData, rowData, i18n }: DefaultServerCellComponentProps) {
  if (!cellData) return <span>—</span>
  const due = new Date(cellData as string)
  if (Number.isNaN(due.getTime())) return <span>—</span>
  const late = isOverdueSubmission(
    { status: rowData?.status as string | undefined, dueAt: due.toISOString() },
    new Date(),
  )
  const date = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeZone: 'Africa/Casablanca',
  }).format(due)
  return (
    <span style={{ display: 'inline-flex', gap: '0.5em', alignItems: 'center' }}>
      <time dateTime={due.toISOString()}>{date}</time>
      {late && (
        <span
          data-overdue=""
          style={{
            background: 'var(--theme-error-500)',
            color: 'var(--theme-elevation-0)',
            borderRadius: '4px',
            paddingInline: '0.5em',
            fontWeight: 600,
            whiteSpace: 'nowrap',
          }}
        >
          {inLanguage(overdue, i18n.language)}
        </span>
      )}
    </span>
  )
}
