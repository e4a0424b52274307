import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./EscalationList'), 'EscalationList'),
  show: lazyPage(() => import('./EscalationShow'), 'EscalationShow'),
  icon: ReportProblemIcon,
  options: { label: 'Escalations' },
};
