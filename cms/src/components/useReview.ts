'use client'
import { useCallback, useEffect, useState } from 'react'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import type { ReviewAction, ReviewState } from '@bawaba/schemas'

type Person = string | { id: string; name?: string | null; email?: string | null } | null

export interface Review {
  id: string
  key: string
  title: string
  state: ReviewState
  requestedBy?: Person
  requestedAt?: string | null
  publishAt?: string | null
  message?: string | null
  comment?: string | null
  history?: { action: ReviewAction; by?: Person; at: string; text?: string | null }[] | null
  /** Its dates on Casablanca's clock, formatted by the server (`withDisplayDates`). */
  display?: {
    requestedAt?: string | null
    publishAt?: string | null
    history?: (string | null)[]
  }
}

const changed = 'bawaba:review'

/** Tell every review view of the page that the review changed (or may have): they read it again. */
export const announceReview = () => window.dispatchEvent(new Event(changed))

/** A person's name as the reader may see it (another district's or the admin's: not shown). */
export const nameOf = (person: Person | undefined, fallback: string) =>
  person && typeof person === 'object' ? person.name || person.email || fallback : fallback

/**
 * The review of the document being edited, read with the person's own access (`undefined`
 * while loading, `null` when there is none), kept in step between the publish controls and
 * the review panel.
 */
export function useReview() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const [review, setReview] = useState<Review | null | undefined>(undefined)
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const key = collectionSlug && id ? `${collectionSlug}:${id}` : undefined

  const load = useCallback(async () => {
    if (!key) return setReview(null)
    const query = new URLSearchParams({ 'where[key][equals]': key, depth: '1', limit: '1' })
    try {
      const response = await fetch(`${api}/reviews?${query}`, { credentials: 'include' })
      const found = response.ok ? ((await response.json()) as { docs: Review[] }).docs[0] : null
      setReview(found ?? null)
    } catch {
      setReview(null)
    }
  }, [api, key])

  useEffect(() => {
    void load()
    const onChange = () => void load()
    window.addEventListener(changed, onChange)
    return () => window.removeEventListener(changed, onChange)
  }, [load, key])

  return { review, reload: load, api, collectionSlug, id }
}

/** A workflow request to the CMS; the refusal's own message (in the admin language) if any. */
export async function postReview(
  url: string,
  body: unknown,
): Promise<{ ok: true; review: Review } | { ok: false; message?: string }> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    const json = (await response.json().catch(() => ({}))) as {
      review?: Review
      errors?: { message?: string }[]
    }
    if (response.ok && json.review) return { ok: true, review: json.review }
    return { ok: false, message: json.errors?.[0]?.message }
  } catch {
    return { ok: false }
  }
}
