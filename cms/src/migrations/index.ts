import * as migration_20261123_103215_initial from './20261123_103215_initial';

export const migrations = [
  {
    up: migration_20261123_103215_initial.up,
    down: migration_20261123_103215_initial.down,
    name: '20261123_103215_initial'
  },
];
