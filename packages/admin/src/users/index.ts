import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { UserCreate, UserEdit } from './UserForms';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./UserList'), 'UserList'),
  create: UserCreate,
  edit: UserEdit,
  icon: ManageAccountsIcon,
  recordRepresentation: 'name',
  options: { label: 'Users' },
};
