export const labs = {
  title: 'Labs',
  intro: 'Profiles of the Chinese labs in the report and their US and other counterparts.',
};
