import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { EscalationList } from './EscalationList';
import { EscalationShow } from './EscalationShow';

export default {
  list: EscalationList,
  show: EscalationShow,
  icon: ReportProblemIcon,
  options: { label: 'Escalations' },
};
