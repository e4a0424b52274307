import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { UserList } from './UserList';

export default {
  list: UserList,
  icon: ManageAccountsIcon,
  recordRepresentation: 'name',
  options: { label: 'Users' },
};
