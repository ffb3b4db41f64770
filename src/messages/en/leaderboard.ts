export const leaderboard = {
  title: 'Leaderboard',
  intro: 'Models ranked by the Artificial Analysis Intelligence Index as published around the Q1 2025 China report.',
  tableCaption: 'Every model in the dataset, with its lab, country and index value',
  columns: {
    rank: 'Rank',
    model: 'Model',
    lab: 'Lab',
    country: 'Country',
    release: 'Released',
    index: 'Index',
    open: 'Open weights',
    reasoning: 'Reasoning',
  },
};
