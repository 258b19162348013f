// The ALTCHA widget's French strings ship without their own declaration file.
declare module 'altcha/i18n/fr-fr'

declare namespace App {
  interface Locals {
    /** Set by the preview page: components render a draft for one member of staff. */
    preview?: boolean
    /** Set by the sites server on a form post: whether this process has room for it. */
    admission?: import('./lib/eservices/admission.ts').AdmissionTicket
    /** The folder of the live sites (`<dist>/sites`), set by the sites server (serve-sites.ts). */
    sitesRoot?: string
  }
}
