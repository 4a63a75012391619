// Markdown escaping lives in the model: the review report's Markdown escapes map text the same way.
export { escapeMarkdown, markdownCode } from '../../model/markdown.js';
