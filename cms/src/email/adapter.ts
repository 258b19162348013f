import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import nodemailer, { type Transporter } from 'nodemailer'
import type { EmailAdapter } from 'payload'
import { dataDir } from '../env.ts'

/**
 * Payload's email, through nodemailer. With `SMTP_URL` (`smtp://user:pass@host:587`, or the
 * loopback SMTP server the tests run) mail goes out over SMTP; without it, locally, each
 * message is written to `.data/mail/<time>-<n>.eml` so nothing is sent by accident and a
 * developer can read what would have been.
 */
export function bawabaEmail(): EmailAdapter {
  const from = process.env.MAIL_FROM || 'no-reply@casablancacity.ma'
  const name = process.env.MAIL_FROM_NAME || 'Commune de Casablanca'
  return () => {
    let transport: Transporter
    let folder: string | null = null
    if (process.env.SMTP_URL) {
      transport = nodemailer.createTransport(process.env.SMTP_URL)
    } else {
      folder = path.join(dataDir(), 'mail')
      transport = nodemailer.createTransport({ streamTransport: true, buffer: true })
    }
    let count = 0
    return {
      name: 'bawaba-nodemailer',
      defaultFromAddress: from,
      defaultFromName: name,
      async sendEmail(message) {
        const info = await transport.sendMail({ from: { name, address: from }, ...message })
        if (folder) {
          mkdirSync(folder, { recursive: true })
          const file = path.join(folder, `${Date.now()}-${++count}.eml`)
          writeFileSync(file, (info as { message: Buffer }).message)
        }
        return info
      },
    }
  }
}
