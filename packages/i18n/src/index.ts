export { t, lookup, hasMessage, messages } from './messages.ts'
export type { Message, MessageKey, MessageVars } from './messages.ts'
export {
  formatDate,
  formatDateTime,
  formatDateRange,
  formatNumber,
  dateParts,
  intlLocale,
  isoDay,
  timeZone,
} from './format.ts'
