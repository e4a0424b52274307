// Moved to modules/sentiment (feedback scores comments with it too, and sits below reviews).
// Kept only until review-import.service.ts, which another change is editing, is committed with
// its new import; then this file goes.
export { prepareForSentiment, sentimentScore } from '../sentiment/sentiment.js';
