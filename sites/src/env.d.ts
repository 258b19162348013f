// The ALTCHA widget's French strings ship without their own declaration file.
declare module 'altcha/i18n/fr-fr'

declare namespace App {
  interface Locals {
    /** Set by the preview page: components render a draft for one member of staff. */
    preview?: boolean
  }
}
