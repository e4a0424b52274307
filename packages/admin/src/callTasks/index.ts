import PhoneCallbackIcon from '@mui/icons-material/PhoneCallback';
import { CallTaskList } from './CallTaskList';

export default {
  list: CallTaskList,
  icon: PhoneCallbackIcon,
  options: { label: 'Call tasks' },
};
