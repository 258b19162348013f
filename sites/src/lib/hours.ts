/**
 * Opening hours as people read them: the days of a timetable row grouped into ranges
 * ("Lundi – vendredi", "من الاثنين إلى الجمعة"), day names from Intl in the locale the
 * surrounding words come from. Pure functions: the office pages and their tests share them.
 */
import { intlLocale, lookup, t } from '@bawaba/i18n'
import type { Locale } from '@bawaba/registry'
import { weekDays, type HoursRow, type WeekDay } from '@bawaba/schemas'

/** 1 January 2024 was a Monday: `weekDays[i]` is that date plus i days. */
const monday = Date.UTC(2024, 0, 1)

const names = new Map<string, string>()

/** The full name of a day ("lundi", "الاثنين", "ⴰⵢⵏⴰⵙ"), asked of Intl once per locale and day. */
export function dayName(locale: Locale, day: WeekDay): string {
  const key = `${locale}|${day}`
  let name = names.get(key)
  if (name === undefined) {
    const date = new Date(monday + weekDays.indexOf(day) * 86_400_000)
    name = new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'long', timeZone: 'UTC' }).format(
      date,
    )
    names.set(key, name)
  }
  return name
}

/**
 * The days in week order (Monday first), without duplicates, split into runs of consecutive
 * days: mon, tue, wed, fri → [[mon, tue, wed], [fri]].
 */
export function dayRuns(days: readonly WeekDay[]): WeekDay[][] {
  const sorted = weekDays.filter((day) => days.includes(day))
  const runs: WeekDay[][] = []
  let previous = -2
  for (const day of sorted) {
    const index = weekDays.indexOf(day)
    if (index === previous + 1) runs.at(-1)!.push(day)
    else runs.push([day])
    previous = index
  }
  return runs
}

function capitalize(value: string, locale: Locale): string {
  return value.charAt(0).toLocaleUpperCase(intlLocale(locale)) + value.slice(1)
}

/** The locale the day words are written in: the one the range template comes from. */
function wordsLocale(locale: Locale): Locale {
  return lookup(locale, 'offices.dayRange', { from: '', to: '' }).locale
}

/**
 * The days of a row as text: runs of three days or more become a range, shorter runs list
 * their days. "Lundi – vendredi", "Lundi, mercredi – vendredi", "Samedi, dimanche".
 */
export function formatDays(locale: Locale, days: readonly WeekDay[]): string {
  const words = wordsLocale(locale)
  const parts = dayRuns(days).flatMap((run) =>
    run.length >= 3
      ? [
          t(words, 'offices.dayRange', {
            from: dayName(words, run[0]!),
            to: dayName(words, run.at(-1)!),
          }),
        ]
      : run.map((day) => dayName(words, day)),
  )
  return capitalize(parts.join(t(words, 'offices.daySeparator')), words)
}

export interface HoursLine {
  /** The days, already worded ("Lundi – vendredi"). */
  days: string
  /** The locale `days` is written in (differs from the page's on fallback). */
  locale: Locale
  opens: string
  closes: string
}

/** One line per timetable row, in the order given. */
export function hoursLines(locale: Locale, rows: readonly HoursRow[]): HoursLine[] {
  const words = wordsLocale(locale)
  return rows
    .filter((row) => row.days.length > 0)
    .map((row) => ({
      days: formatDays(locale, row.days),
      locale: words,
      opens: row.opens,
      closes: row.closes,
    }))
}

/** A row as plain text: "Lundi – vendredi : 08:30 – 16:30". */
export function formatHoursRow(locale: Locale, row: HoursRow): string {
  const words = wordsLocale(locale)
  return `${formatDays(locale, row.days)}${t(words, 'offices.hoursSeparator')}${row.opens} – ${row.closes}`
}
