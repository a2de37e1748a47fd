export { DataContext, derived, derivedBy, type Derived } from './context';
export { currentData, dataStats, leaseData, withData, type DataStats, type Lease } from './current';
/** A read-only connection to a database file outside any data context (the export CLI). */
export { openReadonly } from '../../db';
