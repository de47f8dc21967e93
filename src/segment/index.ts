/**
 * Stage 1: sentence segmentation with paragraph numbers and line roles (text, heading, furniture).
 * @module
 */
export { segmentSentences, type SegmentOptions } from './sentences.js';
