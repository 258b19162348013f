/**
 * "Busy, try again" for the enhanced forms: when the edge answers 503 `busy` with
 * `retryAfter`, the form says so and posts the same data again after that many seconds, with
 * the same token (the idempotency key), so a retry is the same submission and never a second
 * one. After `maxTries` busy answers the last one is shown and the citizen decides.
 */
export interface BusyAnswer {
  ok: boolean
  errors?: Record<string, string>
  retryAfter?: number | null
}

export const isBusy = (answer: BusyAnswer) =>
  !answer.ok && answer.errors?._form === 'busy' && Number(answer.retryAfter) > 0

export async function sendWhileBusy<A extends BusyAnswer>(
  send: () => Promise<A>,
  waiting: (answer: A, seconds: number) => void,
  maxTries = 10,
  sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms)),
): Promise<A> {
  let answer = await send()
  for (let tries = 1; tries < maxTries && isBusy(answer); tries++) {
    const seconds = Math.min(60, Math.ceil(Number(answer.retryAfter)))
    waiting(answer, seconds)
    await sleep(seconds * 1000)
    answer = await send()
  }
  return answer
}
