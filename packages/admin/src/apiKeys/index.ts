import KeyIcon from '@mui/icons-material/Key';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./ApiKeyList'), 'ApiKeyList'),
  icon: KeyIcon,
  recordRepresentation: 'name',
  options: { label: 'API keys' },
};
