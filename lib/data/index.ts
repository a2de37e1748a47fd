export { DataContext, derived, derivedBy, type Derived } from './context';
export { currentData, dataStats, leaseData, withData, type DataStats, type Lease } from './current';
