export const timeline = {
  title: 'Timeline',
  intro: 'The US and Chinese frontiers over time, with US export-control events on the same axis.',
};
