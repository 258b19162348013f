import * as migration_20261123_112914_initial from './20261123_112914_initial';

export const migrations = [
  {
    up: migration_20261123_112914_initial.up,
    down: migration_20261123_112914_initial.down,
    name: '20261123_112914_initial'
  },
];
