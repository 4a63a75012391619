import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { isJourney, isModel } from '../generated/ast.js';
import type { Localization } from '../i18n/localization.js';

/** The command the extension registers to open the preview of one journey. */
export const ShowPreviewCommand = 'journey.showPreview';

/**
 * "Open preview" over each journey. The lens only names the command; its arguments are the
 * document URI and the journey's id, which the extension's `journey.showPreview` handler takes.
 */
export class JourneyCodeLensProvider implements CodeLensProvider {
    constructor(private readonly localization: Localization) {}

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): MaybePromise<CodeLens[]> {
        const root = document.parseResult.value;
        if (!isModel(root)) {
            return [];
        }
        const title = this.localization.messages.codeLens.openPreview();
        return root.elements.filter(isJourney).flatMap(journey => {
            if (!journey.$cstNode || !journey.name) {
                return [];
            }
            const start = journey.$cstNode.range.start;
            return [{
                range: { start, end: start },
                command: { title, command: ShowPreviewCommand, arguments: [document.uri.toString(), journey.name] },
            }];
        });
    }
}
