import { ordinarySessionMonths } from '@bawaba/schemas'

const monthInCasablanca = new Intl.DateTimeFormat('en', {
  timeZone: 'Africa/Casablanca',
  month: 'numeric',
})

/** The month (1–12) of a date on Casablanca's wall clock: a session at 00:30 on 1 May is in May. */
export function casablancaMonth(value: string | Date): number {
  return Number(monthInCasablanca.format(new Date(value)))
}

/** Whether an ordinary session may be held on this date (law 113-14, art. 33). */
export function isOrdinarySessionDate(value: string | Date): boolean {
  return (ordinarySessionMonths as readonly number[]).includes(casablancaMonth(value))
}

const DAY = 86_400_000

/** Ordinary session dates (the 6th at 10:00, Casablanca time) around now: last held, next. */
export function ordinarySessionDates(now = new Date()) {
  const year = now.getUTCFullYear()
  const candidates = [year - 1, year, year + 1].flatMap((y) =>
    ordinarySessionMonths.map((month) => new Date(Date.UTC(y, month - 1, 6, 9))),
  )
  return {
    held: candidates.filter((d) => d.getTime() < now.getTime() - DAY).at(-1)!,
    next: candidates.find((d) => d.getTime() > now.getTime())!,
  }
}
