/**
 * The e-service forms, enhanced. Without this script they work as plain HTML forms; with it:
 * - each field is checked when the citizen leaves it, with the same messages as the server;
 * - files are counted and sized before anything is sent;
 * - the ALTCHA proof of work runs in the background while the form is filled;
 * - the form is sent by XMLHttpRequest with upload progress, and the server's answer
 *   (JSON) either opens the receipt or shows the errors beside the fields. Nothing typed and
 *   no chosen file is lost on an error.
 */
import { sendWhileBusy } from './eservices-retry.ts'

type Messages = Record<string, string>

const form = document.querySelector<HTMLFormElement>('form[data-eform]')
if (form) enhance(form)

function enhance(form: HTMLFormElement) {
  const messages = JSON.parse(form.dataset.messages ?? '{}') as Messages
  const locale = form.dataset.locale ?? 'ar'
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]')!
  const progress = form.querySelector<HTMLElement>('[data-progress]')!
  const fill = (text: string, vars: Record<string, string | number>) =>
    text.replace(/\{(\w+)\}/g, (all, name: string) => (name in vars ? String(vars[name]) : all))

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
      message.textContent = fill(messages[rule] ?? messages.required ?? rule, vars)
      const label = wrapper.querySelector('.help') ?? wrapper.querySelector('label')
      ;(label ?? field).after(message)
      field.setAttribute('aria-invalid', 'true')
      field.setAttribute('aria-describedby', [id, ...described].join(' '))
    } else {
      field.removeAttribute('aria-invalid')
      field.setAttribute('aria-describedby', described.join(' '))
    }
  }

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
    const value = field.value.trim()
    if (field.required && !value)
      return field instanceof HTMLSelectElement ? 'required' : 'required'
    if (!value) return null
    if (field instanceof HTMLInputElement && field.type === 'email' && !field.validity.valid)
      return 'email'
    if (
      field instanceof HTMLInputElement &&
      field.type === 'tel' &&
      !/^(?:\+212|00212|0)[5-7](?:[ .-]?\d){8}$/.test(value)
    )
      return 'phone'
    if (
      field instanceof HTMLInputElement &&
      field.pattern &&
      !new RegExp(`^(?:${field.pattern})$`).test(value)
    )
      return 'coordinates'
    return null
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
      size: Math.round(Number(input.dataset.maxBytes ?? 0) / 1048576),
    }
  }
  for (const field of fields()) {
    const event =
      field instanceof HTMLInputElement && (field.type === 'file' || field.type === 'checkbox')
        ? 'change'
        : 'blur'
    field.addEventListener(event, () => showError(field, check(field), varsOf(field)))
  }

  function showSummary(errors: Record<string, string>, retryAfter?: number | null) {
    form.querySelector('[data-summary]')?.remove()
    const summary = document.createElement('div')
    summary.className = 'summary'
    summary.setAttribute('role', 'alert')
    summary.tabIndex = -1
    summary.dataset.summary = ''
    const formRule = errors._form
    if (formRule) {
      const p = document.createElement('p')
      p.className = 'field-error'
      p.dataset.rule = formRule
      p.textContent = fill(messages[formRule] ?? messages.unavailable ?? formRule, {
        minutes: Math.max(1, Math.ceil((retryAfter ?? 60) / 60)),
        seconds: retryAfter ?? 0,
      })
      summary.append(p)
    }
    const names = Object.keys(errors).filter((name) => name !== '_form')
    if (names.length) {
      const list = document.createElement('ul')
      for (const name of names) {
        const field = form.querySelector(`#f-${CSS.escape(name)}`)
        const label = field ? form.querySelector(`label[for="f-${CSS.escape(name)}"]`) : null
        const item = document.createElement('li')
        const link = document.createElement('a')
        link.href = `#f-${name}`
        link.textContent = label?.firstChild?.textContent?.trim() || name
        item.append(link)
        list.append(item)
      }
      summary.append(list)
    }
    form.prepend(summary)
    summary.focus()
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const errors: Record<string, string> = {}
    for (const field of fields()) {
      const rule = check(field)
      showError(field, rule, varsOf(field))
      if (rule) errors[field.name === 'files' ? 'files' : field.name] = rule
    }
    if (Object.keys(errors).length) {
      showSummary(errors)
      return
    }
    button.disabled = true
    const label = button.textContent
    button.textContent = messages.submitting ?? label
    try {
      if (widget?.verify && !form.querySelector<HTMLInputElement>('input[name=altcha]')?.value)
        await widget.verify().catch(() => null)
      // Busy: said, then the same form (same token) again after the delay the server asked.
      const answer = await sendWhileBusy(
        () => send(new FormData(form)),
        (_, seconds) => showSummary({ _form: 'busy-retrying' }, seconds),
      )
      if (answer.ok && answer.redirect) {
        window.location.assign(answer.redirect)
        return
      }
      if (answer.token)
        form.querySelector<HTMLInputElement>('input[name=token]')!.value = answer.token
      for (const field of fields()) showError(field, null)
      for (const [name, rule] of Object.entries(answer.errors ?? {})) {
        if (name !== '_form')
          showError(
            form.querySelector(`#f-${CSS.escape(name)}`),
            rule,
            varsOf(form.querySelector(`#f-${CSS.escape(name)}`) ?? form),
          )
      }
      showSummary(answer.errors ?? { _form: 'unavailable' }, answer.retryAfter)
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
        progress.textContent = fill(messages.progress ?? '{percent}', {
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
