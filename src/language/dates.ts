// Calendar dates live in the model (the review report computes overdue figures without the language).
export * from '../model/dates.js';
