export { formatText, type TextFormatOptions } from './text.js';
export { formatJson } from './json.js';
