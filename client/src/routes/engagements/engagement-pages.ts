// The engagement and case pages load together (one chunk each pair): fewer entries in the first load's preload map.
export { EngagementsPage } from './EngagementsPage';
export { EngagementDetailPage } from '../engagement-detail/EngagementDetailPage';
export { CasesPage } from '../cases/CasesPage';
export { CaseDetailPage } from '../case-detail/CaseDetailPage';
