/** The app's name as readers see it installed: the manifest's short_name, and the install offer's. */
export const APP_NAME = 'Broadsheet';
