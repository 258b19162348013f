import * as migration_20261123_113755_initial from './20261123_113755_initial';
import * as migration_20261123_141200_civic_content from './20261123_141200_civic_content';

export const migrations = [
  {
    up: migration_20261123_113755_initial.up,
    down: migration_20261123_113755_initial.down,
    name: '20261123_113755_initial',
  },
  {
    up: migration_20261123_141200_civic_content.up,
    down: migration_20261123_141200_civic_content.down,
    name: '20261123_141200_civic_content'
  },
];
