import { SaveButton, Toolbar } from 'react-admin';

// Nothing is deleted in CX Loop (the API has no delete mutations: history, audit and SOP figures
// point at every record), so edit forms get a toolbar without react-admin's default DeleteButton.
// Users are deactivated and vendors put on hold instead.
export const SaveOnlyToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);
