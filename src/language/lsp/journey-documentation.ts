import { JSDocDocumentationProvider, isJSDoc, parseJSDoc, type AstNode } from 'langium';
import { escapeMarkdown } from './markdown.js';

/**
 * The `/** ... *\/` comment above an element, shown in its hover, as the text it is. Langium's
 * provider passes the comment on as Markdown: in a map from someone else, an image in a comment
 * would load a remote address on hover.
 */
export class JourneyDocumentationProvider extends JSDocDocumentationProvider {
    override getDocumentation(node: AstNode): string | undefined {
        const comment = this.commentProvider.getComment(node);
        if (!comment || !isJSDoc(comment)) {
            return undefined;
        }
        const text = escapeMarkdown(parseJSDoc(comment).toString()).trim();
        return text === '' ? undefined : text;
    }
}
