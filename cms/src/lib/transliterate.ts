/**
 * Arabic and Tifinagh letters in Latin, for URL slugs only: a readable, stable skeleton the way
 * Moroccan French spells Arabic names (ch, kh, gh, ou), not a scholarly romanisation. Short
 * vowels are not written in Arabic, so they are not invented here either.
 */
const arabic: Record<string, string> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ٱ: 'a',
  ء: '',
  ئ: 'i',
  ؤ: 'ou',
  ب: 'b',
  ت: 't',
  ث: 't',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'd',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'ch',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'd',
  ع: 'a',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ة: 'a',
  و: 'ou',
  ي: 'i',
  ى: 'a',
  // Letters of Moroccan Arabic and Persian forms found in names.
  ڭ: 'g',
  گ: 'g',
  ڤ: 'v',
  پ: 'p',
  ک: 'k',
  ی: 'i',
}

const tifinagh: Record<string, string> = {
  ⴰ: 'a',
  ⴱ: 'b',
  ⴳ: 'g',
  ⴷ: 'd',
  ⴹ: 'd',
  ⴻ: 'e',
  ⴼ: 'f',
  ⴽ: 'k',
  ⵀ: 'h',
  ⵃ: 'h',
  ⵄ: 'a',
  ⵅ: 'kh',
  ⵇ: 'q',
  ⵉ: 'i',
  ⵊ: 'j',
  ⵍ: 'l',
  ⵎ: 'm',
  ⵏ: 'n',
  ⵓ: 'u',
  ⵔ: 'r',
  ⵕ: 'r',
  ⵖ: 'gh',
  ⵙ: 's',
  ⵚ: 's',
  ⵛ: 'ch',
  ⵜ: 't',
  ⵟ: 't',
  ⵡ: 'w',
  ⵢ: 'y',
  ⵣ: 'z',
  ⵥ: 'z',
  ⵯ: 'w',
}

/** Harakat, Quranic marks and the tatweel: nothing to spell. */
const marks = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g

/** A word-initial و or ي is a consonant (w, y); elsewhere the long vowel (ou, i). */
function letter(char: string, atWordStart: boolean): string | undefined {
  if (atWordStart && char === 'و') return 'w'
  if (atWordStart && char === 'ي') return 'y'
  return arabic[char] ?? tifinagh[char]
}

/**
 * Latin spelling of a text in Arabic or Tifinagh; Latin letters, digits (Arabic-Indic ones
 * too) and everything else pass through for `slugify` to clean up.
 */
export function transliterate(text: string): string {
  const plain = text
    .normalize('NFC')
    .replace(marks, '')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
  let out = ''
  let previous = ' '
  for (const char of plain) {
    const atWordStart = !/[\p{L}\p{N}]/u.test(previous)
    out += letter(char, atWordStart) ?? char
    previous = char
  }
  return out
}
