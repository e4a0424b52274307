import { usePermissions } from 'react-admin';
import { can, type Action } from '../access';

/** Whether the signed-in user's roles allow a domain action (buttons hide otherwise). */
export function useCan(action: Action): boolean {
  const { permissions } = usePermissions<string[]>();
  return can(permissions, action);
}
