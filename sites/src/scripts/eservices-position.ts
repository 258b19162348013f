/**
 * "Use my position" on the complaint form: the browser's geolocation, asked when the citizen
 * presses the button, fills the two hidden coordinates (never typed by hand) and proposes the
 * arrondissement from the nearest seat (lib/eservices/position.ts), set in the select only
 * when the citizen has not chosen one, and always left for them to confirm or change.
 */
import { coordinate, inBounds, nearestArrondissement } from '../lib/eservices/position.ts'
import { say, setText, type FormConfig } from './eservices-messages.ts'

export function enhancePosition(form: HTMLFormElement, config: FormConfig) {
  const block = form.querySelector<HTMLElement>('[data-position]')
  if (!block || !('geolocation' in navigator)) return
  const use = block.querySelector<HTMLButtonElement>('[data-position-use]')!
  const clear = block.querySelector<HTMLButtonElement>('[data-position-clear]')!
  const status = block.querySelector<HTMLElement>('[data-position-status]')!
  const lat = block.querySelector<HTMLInputElement>('[data-position-lat]')!
  const lng = block.querySelector<HTMLInputElement>('[data-position-lng]')!
  const select = form.querySelector<HTMLSelectElement>('select[data-sites]')
  const proposal = form.querySelector<HTMLElement>('[data-position-proposal-text]')
  const choose = form.querySelector<HTMLButtonElement>('[data-position-choose]')
  let proposed: string | null = null
  block.hidden = false

  const tell = (key: string, vars: Record<string, string | number> = {}) =>
    setText(status, say(config, key, vars))
  const set = (latitude: string, longitude: string) => {
    lat.value = latitude
    lng.value = longitude
    clear.hidden = !latitude
  }
  if (lat.value && lng.value) {
    clear.hidden = false
    tell('forms.position.kept')
  }

  function propose(point: { lat: number; lng: number }) {
    if (!select || !proposal || !choose) return
    const seat = nearestArrondissement(point, config.sites)
    proposal.textContent = ''
    choose.hidden = true
    if (!seat) return
    // A choice the citizen made stays theirs; an empty one (or our own earlier proposal) is set.
    if (!select.value || select.value === proposed) {
      select.value = seat.slug
      proposed = seat.slug
      setText(proposal, say(config, 'forms.position.proposed', { name: seat.name }))
    } else if (select.value !== seat.slug) {
      setText(proposal, say(config, 'forms.position.suggest', { name: seat.name }))
      choose.hidden = false
      choose.onclick = () => {
        select.value = seat.slug
        proposed = seat.slug
        choose.hidden = true
        setText(proposal, say(config, 'forms.position.proposed', { name: seat.name }))
        select.focus()
      }
    }
  }

  use.addEventListener('click', () => {
    use.disabled = true
    tell('forms.position.locating')
    navigator.geolocation.getCurrentPosition(
      (position) => {
        use.disabled = false
        const point = { lat: position.coords.latitude, lng: position.coords.longitude }
        if (!inBounds(point, config.bounds)) {
          set('', '')
          tell('forms.position.outside')
          return
        }
        set(coordinate(point.lat), coordinate(point.lng))
        tell('forms.position.found', { meters: Math.max(1, Math.round(position.coords.accuracy)) })
        propose(point)
      },
      (error) => {
        use.disabled = false
        tell(
          error.code === error.PERMISSION_DENIED
            ? 'forms.position.denied'
            : 'forms.position.failed',
        )
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    )
  })

  clear.addEventListener('click', () => {
    set('', '')
    tell('forms.position.cleared')
    if (proposal) proposal.textContent = ''
    if (choose) choose.hidden = true
    use.focus()
  })
}
