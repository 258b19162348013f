/**
 * The error summary the enhanced form shows: the same as the server's (ErrorSummary.astro), at
 * the top of `main`, with a heading, the form-wide problem, then one link per field in the
 * form's order saying what to do. The page's title starts with "Erreur :" / "خطأ:" meanwhile.
 */
import { errorMessage, say, setText, type FormConfig } from './eservices-messages.ts'

const baseTitle = document.title

export function clearSummary() {
  document.querySelector('[data-summary]')?.remove()
  document.title = baseTitle
}

export function showSummary(
  config: FormConfig,
  errors: Record<string, string>,
  vars: { minutes: number; size: number; maxFiles: number; seconds?: number },
) {
  clearSummary()
  const order = [...config.fields.map((field) => field.name), 'consent', 'altcha']
  const items = Object.entries(errors)
    .filter(([name]) => name !== '_form')
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
  const summary = document.createElement('div')
  summary.className = 'error-summary'
  summary.setAttribute('role', 'alert')
  summary.setAttribute('aria-labelledby', 'error-summary-title')
  summary.tabIndex = -1
  summary.dataset.summary = ''
  const heading = document.createElement('h2')
  heading.id = 'error-summary-title'
  setText(heading, say(config, 'forms.error.summaryTitle'))
  summary.append(heading)
  if (errors._form) {
    const p = document.createElement('p')
    p.className = 'field-error'
    p.dataset.rule = errors._form
    setText(p, errorMessage(config, undefined, errors._form, vars))
    summary.append(p)
  }
  if (items.length) {
    const intro = document.createElement('p')
    setText(intro, say(config, 'forms.error.summary', { count: items.length }))
    const list = document.createElement('ul')
    for (const [name, rule] of items) {
      const field = config.fields.find((f) => f.name === name)
      const item = document.createElement('li')
      item.dataset.field = name
      item.dataset.rule = rule
      const link = document.createElement('a')
      link.href = `#${field?.anchor ?? (name === 'altcha' ? 'f-altcha-error' : `f-${name}`)}`
      const max = name === 'files' ? vars.maxFiles : (field?.max ?? '')
      setText(
        link,
        errorMessage(config, name === 'consent' ? 'consent' : field?.label, rule, { ...vars, max }),
      )
      item.append(link)
      list.append(item)
    }
    summary.append(intro, list)
  }
  const container = document.querySelector('main .container') ?? document.querySelector('main')
  container?.prepend(summary)
  document.title = say(config, 'forms.error.pageTitle', { title: baseTitle })
  summary.focus()
}
