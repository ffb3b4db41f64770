export const exportControls = {
  title: 'Export controls',
  intro: 'US export controls on AI accelerators, from 2019 to July 2025.',
};
