import PhoneCallbackIcon from '@mui/icons-material/PhoneCallback';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./CallTaskList'), 'CallTaskList'),
  icon: PhoneCallbackIcon,
  options: { label: 'Call tasks' },
};
