/**
 * The e-service forms, enhanced. Without this script they work as plain HTML forms; with it:
 * - each field is checked when the citizen leaves it, and the whole form before it is sent,
 *   by the server's own rules (lib/eservices/rules.ts) and with its messages; the summary of
 *   what to fix goes to the top of the page (eservices-summary.ts);
 * - "use my position" on the complaint form (eservices-position.ts);
 * - files are counted and sized before anything is sent;
 * - the ALTCHA proof of work runs in the background while the form is filled;
 * - the form is sent by XMLHttpRequest with upload progress, and the server's answer
 *   (JSON) either opens the receipt or shows the errors beside the fields. Nothing typed and
 *   no chosen file is lost on an error.
 */
import { sendWhileBusy } from './eservices-retry.ts'
import { checkField, checkForm, cleanValue } from '../lib/eservices/rules.ts'
import type { FieldSpec } from '../lib/eservices/fields.ts'
import { errorMessage, say, setText, type FormConfig } from './eservices-messages.ts'
import { enhancePosition } from './eservices-position.ts'
import { clearSummary, showSummary } from './eservices-summary.ts'

const form = document.querySelector<HTMLFormElement>('form[data-eform]')
if (form) enhance(form)

function enhance(form: HTMLFormElement) {
  const config = JSON.parse(form.dataset.config ?? '{}') as FormConfig
  const locale = config.locale ?? form.dataset.locale ?? 'ar'
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]')!
  const progress = form.querySelector<HTMLElement>('[data-progress]')!
  const specs = config.fields as unknown as FieldSpec[]
  const specOf = (name: string) => specs.find((spec) => spec.name === name)
  const sites = config.sites.map((site) => site.slug)
  const fileSize = (input: HTMLInputElement) =>
    Math.round(Number(input.dataset.maxBytes ?? 0) / 1048576)
  enhancePosition(form, config)

  // The proof of work: the widget module loads only on form pages, after the page is shown.
  const slot = form.querySelector('[data-altcha-slot]')
  let widget: (HTMLElement & { verify?: () => Promise<unknown> }) | null = null
  if (slot) {
    import('altcha')
      .then(async () => {
        const translations: Record<string, () => Promise<unknown>> = {
          ar: () => import('altcha/i18n/ar'),
          fr: () => import('altcha/i18n/fr-fr'),
          en: () => import('altcha/i18n/en'),
        }
        await translations[locale === 'zgh' ? 'ar' : locale]?.().catch(() => {})
        widget = document.createElement('altcha-widget')
        widget.setAttribute('challenge', '/api/altcha/')
        widget.setAttribute('name', 'altcha')
        widget.setAttribute('auto', 'onload')
        widget.setAttribute('language', locale === 'zgh' ? 'ar' : locale)
        widget.setAttribute('hidefooter', '')
        slot.prepend(widget)
      })
      .catch(() => {
        // Without the widget the server still accepts the form (with a smaller budget).
      })
  }

  function showError(
    field: Element | null,
    rule: string | null,
    vars: Record<string, string | number> = {},
  ) {
    if (!field) return
    const wrapper = field.closest('.field') ?? field.parentElement!
    const id = `${field.id || 'form'}-error`
    wrapper.querySelector(`#${CSS.escape(id)}`)?.remove()
    wrapper.classList.toggle('invalid', Boolean(rule))
    const described = (field.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((part) => part && part !== id)
    if (rule) {
      const message = document.createElement('p')
      message.className = 'field-error'
      message.id = id
      message.dataset.rule = rule
      const label =
        field.id === 'f-consent'
          ? 'consent'
          : field.id === 'f-position'
            ? 'lat'
            : specOf(field.getAttribute('name') ?? '')?.label
      setText(message, errorMessage(config, label, rule, vars))
      const anchor = wrapper.querySelector('.help') ?? wrapper.querySelector('label')
      ;(anchor ?? field).after(message)
      field.setAttribute('aria-invalid', 'true')
      field.setAttribute('aria-describedby', [id, ...described].join(' '))
    } else {
      field.removeAttribute('aria-invalid')
      field.setAttribute('aria-describedby', described.join(' '))
    }
  }

  /** A field's own rule (as the server's), or a file count or size the server would refuse. */
  function check(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): string | null {
    if (field instanceof HTMLInputElement && field.type === 'file') {
      const files = [...(field.files ?? [])]
      const max = Number(field.dataset.maxFiles ?? 0)
      const bytes = Number(field.dataset.maxBytes ?? 0)
      if (files.length > max) return 'too-many-files'
      if (files.some((file) => file.size > bytes)) return 'file-too-large'
      return null
    }
    if (field instanceof HTMLInputElement && field.type === 'checkbox')
      return field.required && !field.checked ? 'required' : null
    const spec = specOf(field.name)
    return spec ? checkField(spec, cleanValue(spec, field.value), { sites }) : null
  }

  /** Every error of the form as it stands, as the server would answer it. */
  function checkAll(): Record<string, string> {
    const data = new FormData(form)
    const raw: Record<string, string> = {}
    for (const [name, value] of data) if (typeof value === 'string') raw[name] = value
    const errors = checkForm(specs, raw, { sites, consent: config.consent })
    const files = form.querySelector<HTMLInputElement>('input[type=file]')
    const fileRule = files ? check(files) : null
    if (fileRule) errors.files = fileRule
    return errors
  }

  const fields = () => [
    ...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
      'input[id^="f-"]:not([type=hidden]):not([name=website]), textarea, select',
    ),
  ]
  const varsOf = (field: Element) => {
    const input = field as HTMLInputElement
    return {
      max: input.dataset.maxFiles ?? input.getAttribute('maxlength') ?? '',
      size: fileSize(input),
    }
  }
  const filesInput = form.querySelector<HTMLInputElement>('input[type=file]')
  const summaryVars = (retryAfter?: number | null) => ({
    minutes: Math.max(1, Math.ceil((retryAfter ?? 3600) / 60)),
    size: filesInput ? fileSize(filesInput) : 10,
    maxFiles: Number(filesInput?.dataset.maxFiles ?? 0),
    seconds: retryAfter ?? 0,
  })
  /** Where an error is shown beside its field: the position's errors beside its button. */
  const fieldFor = (name: string) =>
    form.querySelector(
      `#${CSS.escape(name === 'lat' || name === 'lng' ? 'f-position' : `f-${name}`)}`,
    )
  for (const field of fields()) {
    const event =
      field instanceof HTMLInputElement && (field.type === 'file' || field.type === 'checkbox')
        ? 'change'
        : 'blur'
    field.addEventListener(event, () => showError(field, check(field), varsOf(field)))
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const errors = checkAll()
    for (const field of [...fields(), form.querySelector('#f-position')]) showError(field, null)
    for (const [name, rule] of Object.entries(errors)) {
      const field = fieldFor(name)
      if (field) showError(field, rule, varsOf(field))
    }
    if (Object.keys(errors).length) {
      showSummary(config, errors, summaryVars())
      return
    }
    clearSummary()
    button.disabled = true
    const label = button.textContent
    button.textContent = say(config, 'forms.submitting')
    try {
      if (widget?.verify && !form.querySelector<HTMLInputElement>('input[name=altcha]')?.value)
        await widget.verify().catch(() => null)
      // Busy: said, then the same form (same token) again after the delay the server asked.
      const answer = await sendWhileBusy(
        () => send(new FormData(form)),
        (_, seconds) => showSummary(config, { _form: 'busy-retrying' }, summaryVars(seconds)),
      )
      if (answer.ok && answer.redirect) {
        window.location.assign(answer.redirect)
        return
      }
      if (answer.token)
        form.querySelector<HTMLInputElement>('input[name=token]')!.value = answer.token
      for (const field of [...fields(), form.querySelector('#f-position')]) showError(field, null)
      for (const [name, rule] of Object.entries(answer.errors ?? {})) {
        const field = name === '_form' ? null : fieldFor(name)
        if (field) showError(field, rule, varsOf(field))
      }
      showSummary(config, answer.errors ?? { _form: 'unavailable' }, summaryVars(answer.retryAfter))
    } finally {
      button.disabled = false
      button.textContent = label
      progress.hidden = true
    }
  })

  interface Answer {
    ok: boolean
    redirect?: string
    token?: string
    errors?: Record<string, string>
    retryAfter?: number | null
  }

  function send(data: FormData): Promise<Answer> {
    return new Promise((resolve) => {
      const xhr = new XMLHttpRequest()
      xhr.open('POST', form.action)
      xhr.setRequestHeader('accept', 'application/json')
      xhr.responseType = 'json'
      xhr.upload.addEventListener('progress', (event) => {
        if (!event.lengthComputable) return
        progress.hidden = false
        progress.textContent = say(config, 'forms.progress', {
          percent: Math.round((event.loaded / event.total) * 100),
        })
      })
      // A lost connection or a broken answer: say "try again", keep everything.
      const unavailable = () => resolve({ ok: false, errors: { _form: 'unavailable' } })
      xhr.addEventListener('load', () => {
        const body = xhr.response as Answer | null
        if (body && typeof body === 'object') resolve(body)
        else unavailable()
      })
      xhr.addEventListener('error', unavailable)
      xhr.addEventListener('timeout', unavailable)
      xhr.timeout = 120_000
      xhr.send(data)
    })
  }
}
