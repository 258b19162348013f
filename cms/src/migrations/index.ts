import * as migration_20261123_113755_initial from './20261123_113755_initial';

export const migrations = [
  {
    up: migration_20261123_113755_initial.up,
    down: migration_20261123_113755_initial.down,
    name: '20261123_113755_initial'
  },
];
