import type { Block } from 'payload'
import { label } from '../fields/labels.ts'

export const ContactCardBlock: Block = {
  slug: 'contactCard',
  interfaceName: 'ContactCardBlock',
  labels: {
    singular: label('بطاقة اتصال', 'Fiche contact', 'Contact card'),
    plural: label('بطاقات اتصال', 'Fiches contact', 'Contact cards'),
  },
  fields: [
    { name: 'name', type: 'text', localized: true, label: label('الاسم', 'Nom', 'Name') },
    { name: 'role', type: 'text', localized: true, label: label('الصفة', 'Fonction', 'Role') },
    {
      name: 'address',
      type: 'textarea',
      localized: true,
      label: label('العنوان', 'Adresse', 'Address'),
    },
    { name: 'phone', type: 'text', label: label('الهاتف', 'Téléphone', 'Phone') },
    { name: 'email', type: 'email', label: label('البريد الإلكتروني', 'Courriel', 'Email') },
    {
      name: 'hours',
      type: 'text',
      localized: true,
      label: label('أوقات الاستقبال', "Horaires d'accueil", 'Opening hours'),
    },
  ],
}
