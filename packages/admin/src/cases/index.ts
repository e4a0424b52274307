import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./CaseList'), 'CaseList'),
  show: lazyPage(() => import('./CaseShow'), 'CaseShow'),
  create: lazyPage(() => import('./CaseCreate'), 'CaseCreate'),
  icon: SupportAgentIcon,
  recordRepresentation: 'number',
};

/** The CX desk's inbox (cases and escalations together), at /inbox. */
export const InboxPage = lazyPage(() => import('./InboxList'), 'InboxList');
