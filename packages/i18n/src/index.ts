export { t, lookup, hasMessage, messages, template } from './messages.ts'
export {
  fillTemplate,
  templateVariables,
  textPieces,
  type TemplateVars,
  type TextPiece,
} from './template.ts'
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
