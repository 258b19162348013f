import type { GroupField } from 'payload'
import { label } from './labels.ts'

/** A point on the map (WGS 84): the sites link it to OpenStreetMap, never embed tiles. */
export const geoPointField = (name = 'location'): GroupField => ({
  name,
  type: 'group',
  label: label('الموقع الجغرافي', 'Localisation', 'Location'),
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'lat',
          type: 'number',
          min: -90,
          max: 90,
          label: label('خط العرض', 'Latitude', 'Latitude'),
        },
        {
          name: 'lng',
          type: 'number',
          min: -180,
          max: 180,
          label: label('خط الطول', 'Longitude', 'Longitude'),
        },
      ],
    },
  ],
})
