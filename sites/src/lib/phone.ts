/**
 * A phone number as a link: `tel:` with its digits, and the number as written, kept on one
 * line (no-break spaces and hyphens: "05 22 22 33 44" never splits across two lines).
 */
export const telHref = (phone: string) => `tel:${phone.replace(/[^+\d]/g, '')}`

export const phoneText = (phone: string) => phone.replace(/ /g, '\u00a0').replace(/-/g, '\u2011')
