import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { UserCreate, UserEdit } from './UserForms';
import { UserList } from './UserList';

export default {
  list: UserList,
  create: UserCreate,
  edit: UserEdit,
  icon: ManageAccountsIcon,
  recordRepresentation: 'name',
  options: { label: 'Users' },
};
