import { AstUtils, GrammarUtils, UriUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { DocumentLinkProvider } from 'langium/lsp';
import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import { isEvidence } from '../generated/ast.js';
import { isValidLink, isWebLink } from '../../model/links.js';

/**
 * Evidence links are clickable (spec, version 2): a web address opens in the browser, a path
 * opens the file relative to the map. A link that is no valid link (`invalid-link`) is not made
 * clickable. The link's range is the text between the quotes.
 */
export class JourneyDocumentLinkProvider implements DocumentLinkProvider {
    getDocumentLinks(document: LangiumDocument, _params: DocumentLinkParams): MaybePromise<DocumentLink[]> {
        const links: DocumentLink[] = [];
        for (const evidence of AstUtils.streamAst(document.parseResult.value).filter(isEvidence)) {
            const link = evidence.link;
            const node = GrammarUtils.findNodeForProperty(evidence.$cstNode, 'link');
            if (link === undefined || !node || !isValidLink(link)) continue;
            const target = isWebLink(link) ? link : UriUtils.resolvePath(UriUtils.dirname(document.uri), ...link.split('/')).toString();
            const { start, end } = node.range;
            links.push({
                range: { start: { line: start.line, character: start.character + 1 }, end: { line: end.line, character: end.character - 1 } },
                target,
                tooltip: evidence.text,
            });
        }
        return links;
    }
}
